import Foundation

/// A parsed tab-separated catalog table: leading `#` comment lines, a header line, then rows.
struct TSVTable {
  /// One data row with its file line.
  struct Row {
    /// The 1-based file line.
    let line: Int
    /// The cells by column name.
    let values: [String: String]

    /// The value of `column`, trimmed; empty when absent.
    subscript(column: String) -> String { values[column] ?? "" }

    /// The `,`-separated values of `column`, trimmed, empty items dropped.
    func list(_ column: String) -> [String] {
      self[column].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    }
  }

  /// The data rows in file order.
  let rows: [Row]

  /// Parses `text`, requiring every column of `columns` in the header.
  /// - Throws: ``CatalogError`` naming `file` and the line.
  init(file: String, text: String, columns: [String]) throws {
    var header: [String]?
    var rows: [Row] = []
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    for (index, raw) in lines.enumerated() {
      let lineNumber = index + 1
      let line = raw.hasPrefix("\u{FEFF}") ? raw.dropFirst() : raw
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard let names = header else {
        if line.hasPrefix("#") { continue }
        let missing = columns.filter { !cells.contains($0) }
        guard missing.isEmpty else {
          throw CatalogError(
            file: file, line: lineNumber,
            message:
              "header lacks column(s) \(missing.joined(separator: ", ")); expected \(columns.joined(separator: "\t"))"
          )
        }
        header = cells
        continue
      }
      guard cells.count == names.count else {
        throw CatalogError(
          file: file, line: lineNumber,
          message: "row has \(cells.count) fields, the header has \(names.count)")
      }
      rows.append(
        Row(line: lineNumber, values: Dictionary(zip(names, cells), uniquingKeysWith: { first, _ in first })))
    }
    guard header != nil else { throw CatalogError(file: file, line: nil, message: "file has no header line") }
    self.rows = rows
  }

  /// Fails when a row has an empty `column`, or when `column` values repeat.
  func requireUniqueIDs(_ column: String, file: String) throws {
    var seen: [String: Int] = [:]
    for row in rows {
      let id = row[column]
      guard !id.isEmpty else { throw CatalogError(file: file, line: row.line, message: "empty \(column)") }
      if let first = seen[id] {
        throw CatalogError(file: file, line: row.line, message: "\(column) `\(id)` repeats line \(first)")
      }
      seen[id] = row.line
    }
  }
}
