import Foundation

/// A parsed tab-separated catalog table: leading `#` comment lines, a header line, then rows.
struct TSVTable {
  /// One data row with its file line.
  struct Row {
    /// The 1-based file line.
    let line: Int
    /// The cells, trimmed, in header order.
    let cells: [String]
    /// The position of each column name (the first, when a name repeats); shared by all rows.
    let columns: [String: Int]

    /// The value of `column`, trimmed; empty when absent.
    subscript(column: String) -> String { columns[column].map { cells[$0] } ?? "" }

    /// The `,`-separated values of `column`, trimmed, empty items dropped.
    func list(_ column: String) -> [String] {
      let value = self[column]
      // In ASCII text a comma is always a character of its own: split the bytes, without finding
      // character boundaries.
      let ascii = value.utf8.allSatisfy { $0 < 0x80 }
      let items = ascii ? TSVTable.split(value[...], at: 0x2C) : value.split(separator: ",")
      return items.map { TSVTable.trimmed($0) }.filter { !$0.isEmpty }
    }
  }

  /// The data rows in file order.
  let rows: [Row]

  /// Parses `text`, requiring every column of `columns` in the header.
  /// - Throws: ``CatalogError`` naming `file` and the line.
  init(file: String, text: String, columns: [String]) throws {
    var header: [String]?
    var positions: [String: Int] = [:]
    var rows: [Row] = []
    // Foundation's replacing is slow on Linux; catalogs rarely hold a carriage return.
    let text = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    for (index, raw) in Self.split(text[...], at: 0x0A).enumerated() {
      let lineNumber = index + 1
      let line = raw.hasPrefix("\u{FEFF}") ? raw.dropFirst() : raw
      if Self.trimmed(line).isEmpty { continue }
      let cells = Self.split(line, at: 0x09).map(Self.trimmed)
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
        for (position, name) in cells.enumerated() where positions[name] == nil { positions[name] = position }
        continue
      }
      guard cells.count == names.count else {
        throw CatalogError(
          file: file, line: lineNumber,
          message: "row has \(cells.count) fields, the header has \(names.count)")
      }
      rows.append(Row(line: lineNumber, cells: cells, columns: positions))
    }
    guard header != nil else { throw CatalogError(file: file, line: nil, message: "file has no header line") }
    self.rows = rows
  }

  /// The parts of `text` between the bytes `separator`, an ASCII byte. For a tab or a line feed
  /// (controls, which never join a neighbour into one character) that is what splitting the
  /// characters gives, without the cost of finding character boundaries.
  static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
    var parts: [Substring] = []
    var start = text.startIndex
    let bytes = text.utf8
    var index = start
    while index < bytes.endIndex {
      if bytes[index] == separator {
        parts.append(text[start..<index])
        start = bytes.index(after: index)
      }
      bytes.formIndex(after: &index)
    }
    parts.append(text[start...])
    return parts
  }

  /// `text` without leading and trailing tabs and space separators: what
  /// `trimmingCharacters(in: .whitespaces)` gives, without Foundation's cost on Linux (the
  /// catalogs are parsed on every run).
  static func trimmed(_ text: Substring) -> String {
    func isBlank(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    // Most cells start and end with an ASCII character that is neither a tab nor a space: then
    // nothing is trimmed, and no character property needs looking up.
    if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
      first != 0x09, first != 0x20, last != 0x09, last != 0x20
    {
      return String(text)
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isBlank($0) }),
      let last = scalars.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(Substring(scalars[first...last]))
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
