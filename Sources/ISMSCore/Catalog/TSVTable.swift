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
      var value = self[column]
      // In ASCII text a comma is a character of its own and the only blanks are tab and space:
      // the bytes are split and trimmed without finding character boundaries.
      let ascii: [String]? = value.withUTF8 { bytes in
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var items: [String] = []
        for part in bytes.split(separator: 0x2C, omittingEmptySubsequences: false) {
          guard let first = part.firstIndex(where: { $0 != 0x09 && $0 != 0x20 }),
            let last = part.lastIndex(where: { $0 != 0x09 && $0 != 0x20 })
          else { continue }
          items.append(String(decoding: UnsafeBufferPointer(rebasing: part[first...last]), as: UTF8.self))
        }
        return items
      }
      return ascii ?? value.split(separator: ",").map { TSVTable.trimmed($0) }.filter { !$0.isEmpty }
    }
  }

  /// The data rows in file order.
  let rows: [Row]

  /// Parses `text`, requiring every column of `columns` in the header.
  /// - Throws: ``CatalogError`` naming `file` and the line.
  init(file: String, text: String, columns: [String]) throws {
    var text = text
    rows = try text.withUTF8 { try Self.rows(file: file, bytes: $0, columns: columns) }
  }

  // Catalogs are parsed on every run, on a thread that races the command for the second core:
  // lines and cells are found in the UTF-8 bytes (tab, line feed and carriage return are ASCII
  // controls, never part of a longer character), and a string is made per cell only.
  private static func rows(file: String, bytes: UnsafeBufferPointer<UInt8>, columns: [String]) throws -> [Row]
  {
    var header: [String]?
    var positions: [String: Int] = [:]
    var rows: [Row] = []
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let next = lineEnd + 1
      // "\r\n" ends a line as "\n" does; a carriage return elsewhere is text.
      if lineEnd < bytes.count, lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      var start = lineStart
      if lineEnd - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
        start += 3
      }
      let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
      lineStart = next
      if isBlank(line) { continue }
      var cells: [String] = []
      var cellStart = 0
      for index in 0...line.count where index == line.count || line[index] == 0x09 {
        cells.append(
          trimmed(
            Substring(String(decoding: UnsafeBufferPointer(rebasing: line[cellStart..<index]), as: UTF8.self))
          ))
        cellStart = index + 1
      }
      guard let names = header else {
        if startsWithHash(line) { continue }
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
    return rows
  }

  /// Whether a line holds nothing but tabs and space separators.
  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    if line.allSatisfy({ $0 == 0x09 || $0 == 0x20 }) { return true }
    guard line.contains(where: { $0 >= 0x80 }) else { return false }
    return trimmed(Substring(String(decoding: line, as: UTF8.self))).isEmpty
  }

  /// Whether the line's first character is `#` (not `#` with a combining mark).
  private static func startsWithHash(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard line.first == 0x23 else { return false }
    return line.count == 1 || line[1] < 0x80 || String(decoding: line, as: UTF8.self).hasPrefix("#")
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
