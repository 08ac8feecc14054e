import Foundation

/// The binary form of what reading one document's bytes gave (no front-matter, an error, or the
/// front-matter entries with the body's first line and, when asked, the body) in a
/// ``FrontMatterCache``.
///
/// Layout: a tag byte (`0` parsed, `1` error, `2` no front-matter), a byte saying whether the
/// body follows (`1`) or not (`0`). Parsed: the body's first line, the body when present, a
/// count, then per entry its key, key line and node. Node: `0` scalar (plain flag, line, text),
/// `1` sequence (line, count, nodes), `2` mapping (line, count, entries). Error: problem, line
/// (0 for none, else line + 1), message, fix. Numbers are LEB128 varints, strings a varint
/// length then UTF-8.
enum FrontMatterRecord {
  /// What a document's bytes gave.
  enum Outcome: Sendable {
    case noFrontMatter
    case failed(FrontMatterError)
    case parsed([YAMLEntry], bodyFirstLine: Int, body: String?)
  }

  /// Whether the record can stand in for the bytes: everything but a parsed record without its body.
  static func isComplete(_ record: Data) -> Bool {
    guard record.count >= 2 else { return false }
    let tag = record[record.startIndex]
    return tag != 0 || record[record.startIndex + 1] == 1
  }

  static func encode(_ outcome: Outcome) -> Data {
    var data = Data()
    switch outcome {
    case .noFrontMatter:
      data.append(contentsOf: [2, 0])
    case .parsed(let entries, let bodyFirstLine, let body):
      data.append(contentsOf: [0, body == nil ? 0 : 1])
      BinaryWriter.appendVarint(bodyFirstLine, to: &data)
      if let body { BinaryWriter.appendString(body, to: &data) }
      appendEntries(entries, to: &data)
    case .failed(let error):
      data.append(contentsOf: [1, 0])
      BinaryWriter.appendString(error.problem.rawValue, to: &data)
      BinaryWriter.appendVarint(error.line.map { $0 + 1 } ?? 0, to: &data)
      BinaryWriter.appendString(error.message, to: &data)
      BinaryWriter.appendString(error.fix, to: &data)
    }
    return data
  }

  /// The outcome, or `nil` when the record is damaged in any way; with `body` false a stored
  /// body is skipped (not decoded) and the outcome has none.
  static func decode(_ data: Data, body wantsBody: Bool = true) -> Outcome? {
    data.withUnsafeBytes { raw in decode(raw, body: wantsBody) }
  }

  private static func decode(_ raw: UnsafeRawBufferPointer, body wantsBody: Bool) -> Outcome? {
    var reader = BinaryReader(raw)
    let outcome: Outcome
    guard let tag = reader.byte(), let hasBody = reader.byte(), hasBody <= 1 else { return nil }
    switch tag {
    case 0:
      guard let bodyFirstLine = reader.varint() else { return nil }
      var body: String?
      if hasBody == 1, wantsBody {
        guard let text = reader.string() else { return nil }
        body = text
      } else if hasBody == 1 {
        guard let count = reader.varint(), reader.skip(count) != nil else { return nil }
      }
      guard let entries = readEntries(&reader, depth: 1) else { return nil }
      outcome = .parsed(entries, bodyFirstLine: bodyFirstLine, body: body)
    case 1:
      guard let raw = reader.string(), let problem = FrontMatterError.Problem(rawValue: raw),
        let line = reader.varint(), line >= 0, let message = reader.string(), let fix = reader.string()
      else { return nil }
      outcome = .failed(
        FrontMatterError(problem, line: line == 0 ? nil : line - 1, message: message, fix: fix))
    case 2:
      outcome = .noFrontMatter
    default:
      return nil
    }
    return reader.atEnd ? outcome : nil
  }

  /// Appends `entries` (a count, then key, key line and node each).
  static func appendEntries(_ entries: [YAMLEntry], to data: inout Data) {
    BinaryWriter.appendVarint(entries.count, to: &data)
    for entry in entries {
      BinaryWriter.appendString(entry.key, to: &data)
      BinaryWriter.appendVarint(entry.line, to: &data)
      appendNode(entry.value, to: &data)
    }
  }

  private static func appendNode(_ node: YAMLNode, to data: inout Data) {
    switch node {
    case .scalar(let text, let plain, let line):
      data.append(0)
      data.append(plain ? 1 : 0)
      BinaryWriter.appendVarint(line, to: &data)
      BinaryWriter.appendString(text, to: &data)
    case .sequence(let elements, let line):
      data.append(1)
      BinaryWriter.appendVarint(line, to: &data)
      BinaryWriter.appendVarint(elements.count, to: &data)
      for element in elements { appendNode(element, to: &data) }
    case .mapping(let entries, let line):
      data.append(2)
      BinaryWriter.appendVarint(line, to: &data)
      appendEntries(entries, to: &data)
    }
  }

  /// Entries as ``appendEntries(_:to:)`` wrote them, or `nil` when damaged. Counts are checked
  /// against the bytes left, so a damaged count cannot allocate much.
  static func readEntries(_ reader: inout BinaryReader, depth: Int) -> [YAMLEntry]? {
    guard depth <= FrontMatterLimits.maxDepth + 1, let count = reader.varint(), count >= 0,
      count <= reader.remaining
    else { return nil }
    var entries: [YAMLEntry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      guard let key = reader.string(), let line = reader.varint(),
        let value = readNode(&reader, depth: depth + 1)
      else { return nil }
      entries.append(YAMLEntry(key: key, line: line, value: value))
    }
    return entries
  }

  private static func readNode(_ reader: inout BinaryReader, depth: Int) -> YAMLNode? {
    guard depth <= FrontMatterLimits.maxDepth + 1 else { return nil }
    switch reader.byte() {
    case 0:
      guard let plain = reader.byte(), plain <= 1, let line = reader.varint(), let text = reader.string()
      else {
        return nil
      }
      return .scalar(text, plain: plain == 1, line: line)
    case 1:
      guard let line = reader.varint(), let count = reader.varint(), count >= 0, count <= reader.remaining
      else {
        return nil
      }
      var elements: [YAMLNode] = []
      elements.reserveCapacity(count)
      for _ in 0..<count {
        guard let element = readNode(&reader, depth: depth + 1) else { return nil }
        elements.append(element)
      }
      return .sequence(elements, line: line)
    case 2:
      guard let line = reader.varint(), let entries = readEntries(&reader, depth: depth) else { return nil }
      return .mapping(entries, line: line)
    default:
      return nil
    }
  }
}
