/// A `key: value  # comment` line cut into its parts, so the value can be replaced alone.
struct KeyLine {
  /// `key:` and the blanks after it.
  let prefix: String
  /// The value as written (quotes included), empty when the value is not on this line.
  let value: String
  /// The blanks and comment after the value.
  let suffix: String
  /// Whether the value starts and ends on this line (not a block scalar, not an open flow collection).
  let isSingleLine: Bool

  /// Cuts `line`, whose first `keyLength` characters are `key:`.
  init(_ line: String, keyLength: Int) {
    let characters = Array(line)
    var start = keyLength
    while start < characters.count, characters[start] == " " || characters[start] == "\t" { start += 1 }
    prefix = String(characters[..<start])
    let rest = Array(characters[start...])
    let end = KeyLine.valueEnd(rest)
    value = String(rest[..<end.index]).trimmingCharacters(in: .whitespaces)
    let valueLength =
      rest[..<end.index].count - rest[..<end.index].reversed().prefix { $0 == " " || $0 == "\t" }.count
    suffix = String(rest[valueLength...])
    isSingleLine = end.closed && !(value.hasPrefix("|") || value.hasPrefix(">"))
  }

  /// The line with `value` in place of the old one (`nil`: no value, keeping any comment).
  func replacingValue(with newValue: String?) -> String {
    let keyPart = prefix.trimmingCharacters(in: .whitespaces)
    guard let newValue else {
      return suffix.isEmpty ? keyPart : keyPart + " " + suffix.trimmingCharacters(in: .whitespaces)
    }
    let spacing = prefix.count > keyPart.count ? String(prefix.dropFirst(keyPart.count)) : " "
    if value.isEmpty, !suffix.isEmpty {
      return keyPart + spacing + newValue + " " + suffix.trimmingCharacters(in: .whitespaces)
    }
    return keyPart + spacing + newValue + suffix
  }

  /// Where the value ends (before a comment) and whether quotes and brackets were closed.
  private static func valueEnd(_ rest: [Character]) -> (index: Int, closed: Bool) {
    guard let first = rest.first else { return (0, true) }
    if first == "#" { return (0, true) }
    var index = 0
    var depth = 0
    var quote: Character?
    while index < rest.count {
      let character = rest[index]
      if let open = quote {
        if open == "\"" && character == "\\" {
          index += 2
          continue
        }
        if character == open {
          if open == "'" && index + 1 < rest.count && rest[index + 1] == "'" {
            index += 2
            continue
          }
          quote = nil
        }
      } else if character == "\"" || character == "'" {
        if index == 0 || depth > 0 { quote = character }
      } else if character == "[" || character == "{" {
        if index == 0 || depth > 0 { depth += 1 }
      } else if character == "]" || character == "}" {
        if depth > 0 { depth -= 1 }
      } else if character == "#", index > 0, rest[index - 1] == " " || rest[index - 1] == "\t", depth == 0 {
        return (index, true)
      }
      index += 1
    }
    return (rest.count, quote == nil && depth == 0)
  }
}
