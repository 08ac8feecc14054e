import Foundation

/// RFC 4180 CSV with spreadsheet formula neutralisation.
public enum CSV {
  /// U+FEFF, the first character of every CSV file `isms` writes: without it Excel reads the UTF-8
  /// as the system's code page and shows "KÃ¶nig" for "König" and "â‚¬" for "€".
  public static let byteOrderMark = "\u{FEFF}"

  /// The bytes of a CSV file of `records`: the byte-order mark, then the records in UTF-8.
  public static func file(_ records: String) -> Data {
    Data((byteOrderMark + records).utf8)
  }

  /// One record: fields quoted when needed, CRLF at the end (RFC 4180).
  public static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field. A value a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
  /// tab or carriage return) is prefixed with `'` so it is shown as text (OWASP CSV injection).
  public static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
      text = "'" + text
    }
    // Scalars, not Characters: "\r\n" is one Character that equals neither "\r" nor "\n".
    let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
  }
}
