/// Writes YAML values that read back exactly as given, whatever the text holds.
public enum YAMLText {
  /// A double-quoted YAML scalar: backslash, quote and control characters escaped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028
          || scalar.value == 0x2029 || scalar.value == 0xFEFF
        {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A flow list of quoted scalars, `["a", "b"]`.
  public static func list(_ values: [String]) -> String {
    "[" + values.map(quoted).joined(separator: ", ") + "]"
  }

  /// A flow list of plain ids, `[A.5.1, A.8.8]`; ids never need quotes.
  public static func idList(_ values: [String]) -> String {
    "[" + values.joined(separator: ", ") + "]"
  }
}
