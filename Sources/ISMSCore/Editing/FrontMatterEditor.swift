import Foundation

/// One change to a document's front-matter.
public enum FrontMatterEdit: Sendable, Hashable {
  /// Set a top-level field to a value (added at the end of the block when absent).
  case set(String, FrontMatterValue)
  /// Remove a top-level field and its value lines (nothing happens when absent).
  case remove(String)
  /// Append an entry to a top-level sequence field (created when absent).
  case append(String, FrontMatterValue)

  /// The field the edit touches.
  public var key: String {
    switch self {
    case .set(let key, _), .remove(let key), .append(let key, _): return key
    }
  }
}

/// Changes the front-matter text of a Markdown document minimally: comments, key order, the body,
/// a byte-order mark and line ends (LF or CRLF) stay as they were.
///
/// Each edit is checked by parsing the result with ``YAMLReader`` and reading the field back; an
/// edit that would leave a broken or different document throws instead.
public enum FrontMatterEditor {
  /// Applies `edits` in order to a whole document.
  /// - Throws: ``FrontMatterEditError``.
  public static func apply(_ edits: [FrontMatterEdit], to text: String) throws -> String {
    var result = text
    for edit in edits {
      guard isWritableKey(edit.key) else { throw FrontMatterEditError.invalidKey(edit.key) }
      var document = try FrontMatterText(result)
      switch edit {
      case .set(let key, let value): document.set(key, value)
      case .remove(let key): document.remove(key)
      case .append(let key, let value): try document.append(value, to: key)
      }
      result = document.text
      try verify(edit, in: result)
    }
    return result
  }

  /// Applies `edits` to the bytes of a document (UTF-8).
  /// - Throws: ``FrontMatterEditError``.
  public static func apply(_ edits: [FrontMatterEdit], to data: Data) throws -> Data {
    Data(try apply(edits, to: String(decoding: data, as: UTF8.self)).utf8)
  }

  /// Sets one field.
  /// - Throws: ``FrontMatterEditError``.
  public static func setting(_ key: String, to value: FrontMatterValue, in text: String) throws -> String {
    try apply([.set(key, value)], to: text)
  }

  /// Removes one field.
  /// - Throws: ``FrontMatterEditError``.
  public static func removing(_ key: String, from text: String) throws -> String {
    try apply([.remove(key)], to: text)
  }

  /// Appends an entry to a sequence field.
  /// - Throws: ``FrontMatterEditError``.
  public static func appending(_ value: FrontMatterValue, to key: String, in text: String) throws -> String {
    try apply([.append(key, value)], to: text)
  }

  /// Whether `key` is a word the editor can place at the start of a line without quoting.
  static func isWritableKey(_ key: String) -> Bool {
    guard let first = key.first, first.isASCII, first.isLetter || first.isNumber else { return false }
    return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
  }

  private static func verify(_ edit: FrontMatterEdit, in text: String) throws {
    let entries: [YAMLEntry]
    do {
      let split = try MarkdownSplitter.split(MarkdownSplitter.decodeText(Data(text.utf8)))
      guard let yaml = split.frontMatter else { throw FrontMatterEditError.noFrontMatter }
      entries = try YAMLReader.parseMapping(yaml, firstLine: split.frontMatterFirstLine)
    } catch let error as FrontMatterError {
      throw FrontMatterEditError.unreadableResult(key: edit.key, reason: error.message)
    }
    let node = entries.first { $0.key == edit.key }?.value
    let matches: Bool
    switch edit {
    case .set(_, let value): matches = node.map { reads($0, as: value) } ?? false
    case .remove: matches = node == nil
    case .append(_, let value): matches = node?.elements?.last.map { reads($0, as: value) } ?? false
    }
    if !matches { throw FrontMatterEditError.readBackMismatch(key: edit.key) }
  }

  private static func reads(_ node: YAMLNode, as value: FrontMatterValue) -> Bool {
    if case .mapping(let fields) = value {
      guard let entries = node.entries, entries.count == fields.count else { return false }
      return zip(entries, fields).allSatisfy { $0.key == $1.key && reads($0.value, as: $1.value) }
    }
    if case .list(let items) = value {
      guard let elements = node.elements, elements.count == items.count else { return false }
      return zip(elements, items).allSatisfy { reads($0, as: $1) }
    }
    guard case .scalar(let text, let plain, _) = node, !node.isNull else { return false }
    return text == value.scalarText && (plain || !value.mustBePlain)
  }
}
