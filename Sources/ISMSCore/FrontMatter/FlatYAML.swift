/// Reads the flat YAML most front-matter is, without libyaml: one `key: value` per line, each value
/// a plain scalar, a quoted scalar without escapes, or a one-line flow list of those. It gives the
/// ``YAMLNode`` Yams gives for the same text, lines included, and `nil` for anything else (empty
/// values, block lists, nesting, comments after values, colons or `#` in plain values, escapes,
/// duplicate keys, CRs, characters YAML treats specially), which ``YAMLReader`` then parses with
/// Yams as before.
///
/// Why: document histories hold tens of thousands of versions (a 10,000-document packet parses
/// 47,000 on its first run), and composing each through libyaml and Yams' node tree took about
/// 100 µs: 5 of the 44 CPU seconds of that packet, and half of a first `validate`. The subset is
/// deliberately narrow; a test and the fuzz target compare it with Yams.
package enum FlatYAML {
  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")
  private static let colon = UInt8(ascii: ":")
  private static let hash = UInt8(ascii: "#")
  private static let doubleQuote = UInt8(ascii: "\"")
  private static let singleQuote = UInt8(ascii: "'")
  private static let comma = UInt8(ascii: ",")

  /// The mapping `yaml` holds when it is flat, else `nil`.
  /// - Parameter firstLine: the file line of the first YAML line.
  package static func parse(_ yaml: String, firstLine: Int) -> YAMLNode? {
    yaml.utf8.withContiguousStorageIfAvailable { parse($0, firstLine: firstLine) } ?? nil
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> YAMLNode? {
    var entries: [YAMLEntry] = []
    // As YAMLReader counts: the root, then each key and value node.
    var nodes = 1
    var start = 0
    var line = firstLine
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != newline { end += 1 }
      if end > start {
        if bytes[start] == hash {
          guard allPrintable(bytes, start, end) else { return nil }
        } else {
          guard let entry = entry(bytes, start, end, line: line, nodes: &nodes),
            !entries.contains(where: { $0.key == entry.key })
          else { return nil }
          entries.append(entry)
        }
      }
      start = end + 1
      line += 1
    }
    guard let first = entries.first, nodes <= FrontMatterLimits.maxNodes else { return nil }
    return .mapping(entries, line: first.line)
  }

  /// `key: value` on `bytes[start..<end]`.
  private static func entry(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, nodes: inout Int
  ) -> YAMLEntry? {
    var position = start
    guard isKeyStart(bytes[position]) else { return nil }
    while position < end, isKeyByte(bytes[position]) { position += 1 }
    let keyEnd = position
    guard position + 1 < end, bytes[position] == colon, bytes[position + 1] == space else { return nil }
    position += 1
    while position < end, bytes[position] == space { position += 1 }
    guard position < end, bytes[end - 1] != space else { return nil }
    let value: YAMLNode
    if bytes[position] == UInt8(ascii: "[") {
      guard bytes[end - 1] == UInt8(ascii: "]"),
        let items = flowItems(bytes, position + 1, end - 1, line: line)
      else { return nil }
      nodes += items.count
      value = .sequence(items, line: line)
    } else {
      guard let scalar = scalar(bytes, position, end, line: line, inFlow: false) else { return nil }
      value = scalar
    }
    nodes += 2
    return YAMLEntry(key: text(bytes, start, keyEnd), line: line, value: value)
  }

  /// The items of a flow list between `[` and `]`: `[]` or `a, "b", 'c'`.
  private static func flowItems(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int)
    -> [YAMLNode]?
  {
    var items: [YAMLNode] = []
    var position = start
    while position < end, bytes[position] == space { position += 1 }
    if position == end { return items }
    while true {
      var itemEnd = position
      if bytes[position] == doubleQuote || bytes[position] == singleQuote {
        let quote = bytes[position]
        itemEnd += 1
        while itemEnd < end, bytes[itemEnd] != quote { itemEnd += 1 }
        guard itemEnd < end else { return nil }
        itemEnd += 1
      } else {
        while itemEnd < end, bytes[itemEnd] != comma { itemEnd += 1 }
        while itemEnd > position, bytes[itemEnd - 1] == space { itemEnd -= 1 }
      }
      guard let item = scalar(bytes, position, itemEnd, line: line, inFlow: true) else { return nil }
      items.append(item)
      position = itemEnd
      while position < end, bytes[position] == space { position += 1 }
      if position == end { return items }
      guard bytes[position] == comma else { return nil }
      position += 1
      while position < end, bytes[position] == space { position += 1 }
      // `[a, ]` and `[a,,b]`: YAML's reading of these is not worth repeating here.
      guard position < end, bytes[position] != comma else { return nil }
    }
  }

  /// A scalar filling `bytes[start..<end]` exactly: quoted without escapes, or plain.
  private static func scalar(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, inFlow: Bool
  ) -> YAMLNode? {
    guard end > start else { return nil }
    let first = bytes[start]
    if first == doubleQuote || first == singleQuote {
      guard end - start >= 2, bytes[end - 1] == first else { return nil }
      for position in (start + 1)..<(end - 1) {
        let byte = bytes[position]
        guard byte != first, byte != UInt8(ascii: "\\") else { return nil }
      }
      guard allPrintable(bytes, start + 1, end - 1) else { return nil }
      return .scalar(text(bytes, start + 1, end - 1), plain: false, line: line)
    }
    // A plain scalar: starting with a letter, digit or non-ASCII character (no indicator), without
    // `:` or ` #` (a mapping or a comment), and in a flow list without `[]{}` either.
    guard isLetterOrDigit(first) || first >= 0x80 else { return nil }
    for position in start..<end {
      switch bytes[position] {
      case colon: return nil
      case hash where bytes[position - 1] == space: return nil
      case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), comma:
        if inFlow { return nil }
      default: break
      }
    }
    guard allPrintable(bytes, start, end) else { return nil }
    return .scalar(text(bytes, start, end), plain: true, line: line)
  }

  /// Whether every character of `bytes[start..<end]` is one YAML reads as text within a line:
  /// printable ASCII, or non-ASCII other than C1 controls, NEL, the line and paragraph separators,
  /// the byte order mark and the non-characters U+FFFE and U+FFFF. Tabs are left to Yams.
  private static func allPrintable(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var position = start
    while position < end {
      let byte = bytes[position]
      if byte < 0x80 {
        guard byte >= 0x20, byte != 0x7F else { return false }
      } else {
        let next = position + 1 < end ? bytes[position + 1] : 0
        let after = position + 2 < end ? bytes[position + 2] : 0
        switch byte {
        case 0xC2 where next < 0xA0: return false
        case 0xE2 where next == 0x80 && (after == 0xA8 || after == 0xA9): return false
        case 0xEF where (next == 0xBB && after == 0xBF) || (next == 0xBF && after >= 0xBE): return false
        default: break
        }
      }
      position += 1
    }
    return true
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private static func isKeyStart(_ byte: UInt8) -> Bool {
    isLetterOrDigit(byte) && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "_")
  }

  private static func isKeyByte(_ byte: UInt8) -> Bool {
    isLetterOrDigit(byte) || byte == UInt8(ascii: "_")
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }
}
