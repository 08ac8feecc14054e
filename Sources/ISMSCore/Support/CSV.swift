import Foundation

/// RFC 4180 CSV with spreadsheet formula neutralisation.
public enum CSV {
  /// U+FEFF, the first character of every CSV file `isms` writes: without it Excel reads the UTF-8
  /// as the system's code page and shows "KÃ¶nig" for "König" and "â‚¬" for "€".
  public static let byteOrderMark = "\u{FEFF}"

  /// The bytes of a CSV file of `records`: the byte-order mark, then the records in UTF-8.
  public static func file(_ records: String) -> Data {
    var data = Data(byteOrderMark.utf8)
    data.appendUTF8(records)
    return data
  }

  /// The bytes of a CSV file of `header` and `rows`, made row by row: a table of every commit of
  /// every document is never held as text as well.
  public static func file(header: [String], rows: some Sequence<[String]>) -> Data {
    var data = Data()
    write(header: header, rows: rows) { data.append(contentsOf: $0) }
    return data
  }

  /// The bytes of ``file(header:rows:)`` handed to `write` a record at a time, for a file that
  /// is never held whole.
  public static func write(
    header: [String], rows: some Sequence<[String]>, to write: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var text = byteOrderMark + row(header)
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    for fields in rows {
      text = row(fields)
      try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
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

extension CSV {
  /// The records of CSV `text` (RFC 4180, as spreadsheets export it): a leading byte-order mark is
  /// dropped; fields are separated by `,`, or by `;` when the first line holds semicolons and no
  /// comma outside quotes (the export of spreadsheets set to a comma decimal separator); quoted
  /// fields may hold separators, doubled quotes and line breaks; records end with CRLF, LF or CR.
  /// A final empty line makes no record.
  public static func records(_ text: String) -> [[String]] {
    let scalars = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" })
    let separator = Self.separator(scalars)
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var quoted = false
    var index = 0
    func endField() {
      record.append(String(field))
      field = String.UnicodeScalarView()
    }
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if quoted {
        if scalar == "\"" {
          if index < scalars.count, scalars[index] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(scalar)
        }
      } else if scalar == "\"" && field.isEmpty {
        quoted = true
      } else if scalar == separator {
        endField()
      } else if scalar == "\r" || scalar == "\n" {
        if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
        endField()
        records.append(record)
        record = []
      } else {
        field.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty || quoted {
      endField()
      records.append(record)
    }
    return records
  }

  private static func separator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
    var quoted = false
    var semicolon = false
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if quoted { continue }
      if scalar == "," { return "," }
      if scalar == ";" { semicolon = true }
      if scalar == "\n" || scalar == "\r" { break }
    }
    return semicolon ? ";" : ","
  }
}
