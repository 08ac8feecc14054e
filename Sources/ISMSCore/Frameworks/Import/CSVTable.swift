import Foundation

/// A parsed CSV file (RFC 4180): a header row and data records, with `,` or `;` detected.
public struct CSVTable: Sendable, Hashable {
  /// One data record: its row number in the file (the header is row 1) and its cells.
  public struct Record: Sendable, Hashable {
    /// The 1-based record number, counting the header as row 1 (2 after a `sep=` line).
    public let row: Int
    /// The cells, one per header column (missing cells are empty).
    public let cells: [String]
  }

  /// The header cells, trimmed.
  public let header: [String]
  /// The data records; blank lines are skipped.
  public let records: [Record]
  /// The delimiter found: `,` or `;`.
  public let delimiter: Character

  /// Parses `text` (a leading byte-order mark is dropped; CRLF or LF line ends). Excel's first line
  /// `sep=;` names the delimiter; the header is then the file's second line, and row numbers
  /// stay file lines.
  /// - Throws: ``CSVError`` for an unterminated quote, an empty file or a row longer than the header.
  public init(text: String) throws {
    var body = Substring(text)
    if body.first == "\u{FEFF}" { body = body.dropFirst() }
    var delimiter = Self.detectDelimiter(body)
    var firstRow = 1
    if body.lowercased().hasPrefix("sep="), let end = body.firstIndex(where: \.isNewline) {
      let named = body[body.index(body.startIndex, offsetBy: 4)..<end]
      guard named.count == 1, let character = named.first else {
        throw CSVError(row: 1, message: "`\(body[..<end])` must name one delimiter character, like sep=;")
      }
      delimiter = character
      body = body[body.index(after: end)...]
      firstRow = 2
    }
    let rows = try Self.split(body, delimiter: delimiter, firstRow: firstRow)
    guard let first = rows.first, first.cells.contains(where: { !$0.isEmpty }) else {
      throw CSVError(row: 1, message: "the file has no header row")
    }
    header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
    var records: [Record] = []
    for row in rows.dropFirst()
    where row.cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
      guard row.cells.count <= header.count else {
        throw CSVError(
          row: row.number, message: "\(row.cells.count) cells, but the header has \(header.count)")
      }
      records.append(
        Record(
          row: row.number, cells: row.cells + Array(repeating: "", count: header.count - row.cells.count)))
    }
    self.records = records
    self.delimiter = delimiter
  }

  private static func detectDelimiter(_ text: Substring) -> Character {
    var commas = 0
    var semicolons = 0
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if quoted { continue }
      if character == "\n" || character == "\r\n" { break }
      if character == "," { commas += 1 }
      if character == ";" { semicolons += 1 }
    }
    return semicolons > commas ? ";" : ","
  }

  private static func split(_ text: Substring, delimiter: Character, firstRow: Int) throws -> [(
    number: Int, cells: [String]
  )] {
    var rows: [(number: Int, cells: [String])] = []
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var afterQuote = false
    var number = firstRow
    var iterator = Array(text)
    if iterator.last != "\n" && iterator.last != "\r\n" { iterator.append("\n") }
    var index = 0
    while index < iterator.count {
      let character = iterator[index]
      index += 1
      if quoted {
        if character == "\"" {
          if index < iterator.count, iterator[index] == "\"" {
            cell.append("\"")
            index += 1
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          cell.append(character)
        }
        continue
      }
      switch character {
      case "\"" where cell.isEmpty && !afterQuote:
        quoted = true
      case delimiter:
        cells.append(cell)
        cell = ""
        afterQuote = false
      case "\n", "\r\n", "\r":
        cells.append(cell)
        rows.append((number, cells))
        number += 1
        cells = []
        cell = ""
        afterQuote = false
      default:
        cell.append(character)
      }
    }
    if quoted { throw CSVError(row: number, message: "a quoted cell is not closed") }
    return rows
  }
}

/// A CSV file that cannot be read at all.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The record number (header is row 1).
  public let row: Int
  /// What is wrong.
  public let message: String

  /// `row N: message`.
  public var description: String { "row \(row): \(message)" }
}
