import Foundation

/// A document cut into lines, with the front-matter block located, for minimal text edits.
///
/// Lines keep their own `\r` when the file uses CRLF; new lines get the file's line end.
struct FrontMatterText {
  /// Every line of the file without its `\n` (a final newline leaves an empty last element).
  private(set) var lines: [String]
  /// The index of the closing `---`/`...` line; the YAML is `lines[1..<close]`.
  private(set) var close: Int
  /// `\r` when the front-matter uses CRLF line ends, else empty.
  private let carriageReturn: String

  /// Locates the front-matter of `text`.
  /// - Throws: ``FrontMatterEditError/noFrontMatter``.
  init(_ text: String) throws {
    // Split on the scalar: "\r\n" is one Character, which Character-based splitting never breaks.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
    guard let first = lines.first,
      Self.isDelimiter(
        String(String.UnicodeScalarView(Self.content(first).unicodeScalars.drop { $0 == "\u{FEFF}" })),
        dots: false),
      let end = lines.indices.dropFirst().first(where: {
        Self.isDelimiter(Self.content(lines[$0]), dots: true)
      })
    else { throw FrontMatterEditError.noFrontMatter }
    self.lines = lines
    close = end
    carriageReturn = first.unicodeScalars.last == "\r" ? "\r" : ""
  }

  /// The whole document again.
  var text: String { lines.joined(separator: "\n") }

  /// Sets `key` to a scalar or flow value, keeping the spacing and comment of its line.
  mutating func set(_ key: String, _ value: FrontMatterValue) {
    let rendered = value.rendered(flow: false)
    guard let field = field(key) else {
      lines.insert("\(key): \(rendered)" + carriageReturn, at: close)
      close += 1
      return
    }
    let parsed = KeyLine(Self.content(lines[field.start]), keyLength: field.keyLength)
    let onlyComments = (field.start + 1..<field.end).allSatisfy { Self.isBlankOrComment(lines[$0]) }
    if parsed.isSingleLine && onlyComments {
      lines[field.start] = parsed.replacingValue(with: rendered) + carriageReturn
    } else {
      lines.replaceSubrange(field.start..<field.end, with: ["\(key): \(rendered)" + carriageReturn])
      close -= field.end - field.start - 1
    }
  }

  /// Removes `key` and the lines of its value.
  mutating func remove(_ key: String) {
    guard let field = field(key) else { return }
    lines.removeSubrange(field.start..<field.end)
    close -= field.end - field.start
  }

  /// Appends `value` to the sequence `key`, in the style (block or flow) it is written in.
  /// - Throws: ``FrontMatterEditError/notASequence(key:)``.
  mutating func append(_ value: FrontMatterValue, to key: String) throws {
    guard let field = field(key) else {
      let item = blockItem(value, indent: "  ")
      lines.insert(contentsOf: ["\(key):" + carriageReturn] + item, at: close)
      close += 1 + item.count
      return
    }
    let line = KeyLine(Self.content(lines[field.start]), keyLength: field.keyLength)
    let continuation = (field.start + 1..<field.end).filter { !Self.isBlankOrComment(lines[$0]) }
    if line.value.hasPrefix("["), line.isSingleLine, continuation.isEmpty {
      let inner = line.value.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
      let flow = value.rendered(flow: true)
      let list = inner.isEmpty ? "[\(flow)]" : "[\(inner), \(flow)]"
      lines[field.start] = line.replacingValue(with: list) + carriageReturn
      return
    }
    let isNull = ["", "~", "null", "Null", "NULL"].contains(line.value)
    let items = continuation.filter { Self.isSequenceItem(lines[$0]) }
    let blockSequence =
      line.value.isEmpty && continuation.first.map { Self.isSequenceItem(lines[$0]) } == true
    guard (isNull && continuation.isEmpty) || blockSequence else {
      throw FrontMatterEditError.notASequence(key: key)
    }
    if !line.value.isEmpty { lines[field.start] = line.replacingValue(with: nil) + carriageReturn }
    let indent = items.first.map { String(Self.content(lines[$0]).prefix { $0 == " " }) } ?? "  "
    let insertAt = (continuation.last ?? field.start) + 1
    let item = blockItem(value, indent: indent)
    lines.insert(contentsOf: item, at: insertAt)
    close += item.count
  }

  private func blockItem(_ value: FrontMatterValue, indent: String) -> [String] {
    guard case .mapping(let fields) = value, !fields.isEmpty else {
      return ["\(indent)- \(value.rendered(flow: false))" + carriageReturn]
    }
    return fields.enumerated().map { offset, field in
      (offset == 0 ? "\(indent)- " : "\(indent)  ")
        + "\(YAMLQuoting.key(field.key)): \(field.value.rendered(flow: false))"
        + carriageReturn
    }
  }

  /// The lines of top-level `key`: its key line up to (not including) `end`, without trailing blank
  /// lines and column-0 comments, which belong to what follows.
  private func field(_ key: String) -> (start: Int, end: Int, keyLength: Int)? {
    for index in 1..<close {
      let line = Self.content(lines[index])
      guard let length = Self.keyLength(of: key, in: line) else { continue }
      var end = index + 1
      while end < close, Self.continues(lines[end]) { end += 1 }
      while end > index + 1, Self.isBlankOrComment(lines[end - 1]), !Self.isIndentedComment(lines[end - 1]) {
        end -= 1
      }
      return (index, end, length)
    }
    return nil
  }

  /// The length of `key:` (or its quoted form) when `line` is that top-level key.
  private static func keyLength(of key: String, in line: String) -> Int? {
    for form in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(form + ":") {
      let rest = line.dropFirst(form.count + 1)
      if rest.isEmpty || rest.first == " " || rest.first == "\t" { return form.count + 1 }
    }
    return nil
  }

  private static func continues(_ raw: String) -> Bool {
    let line = content(raw)
    guard let first = line.first else { return true }
    return first == " " || first == "\t" || first == "#" || isSequenceItem(raw)
  }

  private static func isSequenceItem(_ raw: String) -> Bool {
    let trimmed = content(raw).drop { $0 == " " }
    return trimmed == "-" || trimmed.hasPrefix("- ")
  }

  private static func isBlankOrComment(_ raw: String) -> Bool {
    let trimmed = content(raw).trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed.hasPrefix("#")
  }

  private static func isIndentedComment(_ raw: String) -> Bool {
    let line = content(raw)
    return line.first == " " && line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
  }

  /// A line without its `\r`.
  static func content(_ line: String) -> String {
    line.unicodeScalars.last == "\r" ? String(String.UnicodeScalarView(line.unicodeScalars.dropLast())) : line
  }

  private static func isDelimiter(_ line: String, dots: Bool) -> Bool {
    var word = Substring(line)
    while let last = word.last, last == " " || last == "\t" { word = word.dropLast() }
    return word == "---" || (dots && word == "...")
  }
}
