/// Decides when a string must be quoted so that every YAML reader takes it as that exact text.
public enum YAMLQuoting {
  /// Words YAML 1.1 or 1.2 read as booleans or null.
  static let reservedWords: Set<String> = [
    "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~",
  ]

  /// `text` as a YAML scalar: plain when that is unambiguous, else double-quoted with escapes.
  /// - Parameter flow: whether the scalar stands inside `[…]` or `{…}`, where `,[]{}` are special.
  public static func scalar(_ text: String, flow: Bool = false) -> String {
    needsQuotes(text, flow: flow) ? doubleQuoted(text) : text
  }

  /// Whether a plain `text` would be misread: as null, a boolean, a number, a date, a comment,
  /// a mapping, an indicator, or lose leading or trailing spaces.
  public static func needsQuotes(_ text: String, flow: Bool = false) -> Bool {
    guard let first = text.first, let last = text.last else { return true }
    if reservedWords.contains(text.lowercased()) { return true }
    if first.isWhitespace || last.isWhitespace || last == ":" { return true }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
    if text.contains(": ") || text.contains(" #") || text.contains(":\t") || text.contains("\t#") {
      return true
    }
    if flow, text.contains(where: { ",[]{}".contains($0) }) { return true }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FEFF}" }) {
      return true
    }
    return looksNumeric(text) || looksLikeDate(text)
  }

  /// A mapping key: double-quoted when YAML 1.1 would read it as a boolean or null (`"on"`),
  /// as the workflow `history` entries write their `on` key.
  public static func key(_ text: String) -> String {
    reservedWords.contains(text.lowercased()) ? doubleQuoted(text) : text
  }

  /// `text` in double quotes, escaping backslashes, quotes and control characters.
  public static func doubleQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        // NEL and the Unicode line separators break lines for some YAML readers; escape them too.
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028
          || scalar.value == 0x2029 || scalar == "\u{FEFF}"
        {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  // Covers YAML 1.1 and 1.2 numbers: 12, -3, +1.5, 2.10, 1_000, 1e3, 0x1F, 0o17, 0b1, 1:30, .5, .inf, .nan.
  private static func looksNumeric(_ text: String) -> Bool {
    let lower = text.lowercased()
    let unsigned = lower.hasPrefix("+") || lower.hasPrefix("-") ? String(lower.dropFirst()) : lower
    if [".inf", ".nan"].contains(unsigned) { return true }
    if unsigned.hasPrefix("0x") || unsigned.hasPrefix("0o") || unsigned.hasPrefix("0b") {
      return unsigned.count > 2
    }
    guard let head = unsigned.first, head.isASCII, head.isNumber || head == "." else { return false }
    return unsigned.allSatisfy { $0.isASCII && ($0.isNumber || "._:e+-".contains($0)) }
  }

  private static func looksLikeDate(_ text: String) -> Bool {
    let digits = text.prefix(4)
    return text.count >= 8 && digits.count == 4 && digits.allSatisfy({ $0.isASCII && $0.isNumber })
      && text.dropFirst(4).first == "-"
  }
}
