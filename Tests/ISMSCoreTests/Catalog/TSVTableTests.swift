import Testing

@testable import ISMSCore

/// The catalog table reader works on UTF-8 bytes; these are the cases where bytes and characters
/// could part ways.
@Suite struct TSVTableTests {
  @Test("CRLF and LF lines, a byte order mark, comments and blank lines: same rows and line numbers")
  func lineEndings() throws {
    let text =
      "\u{FEFF}# comment\r\n\r\nid\ttitle\r\nA.1\tOne\r\n \t \nA.2\tTwo\r\u{2003}\n\u{00A0}\u{2003}\nA.3\tThree"
    let table = try TSVTable(file: "t.tsv", text: text, columns: ["id", "title"])
    #expect(table.rows.map(\.line) == [4, 6, 8])
    #expect(table.rows.map { $0["id"] } == ["A.1", "A.2", "A.3"])
    // A carriage return not followed by a line feed is text; the em space after it is trimmed.
    #expect(table.rows.map { $0["title"] } == ["One", "Two\r", "Three"])
  }

  @Test("cells are trimmed of tabs and Unicode space separators, inner spaces kept")
  func trimming() throws {
    let text = "id\ttitle\tlist\n \u{00A0}A.1\u{3000}\t  Ein Titel  \t a, b ,,\u{00A0}c\u{00A0}, Ä ö \n"
    let row = try #require(try TSVTable(file: "t.tsv", text: text, columns: ["id"]).rows.first)
    #expect(row["id"] == "A.1")
    #expect(row["title"] == "Ein Titel")
    #expect(row.list("list") == ["a", "b", "c", "Ä ö"])
    #expect(row["missing"] == "")
  }

  @Test("ASCII lists split on commas and drop empty items")
  func asciiList() throws {
    let row = try #require(
      try TSVTable(file: "t.tsv", text: "id\tl\nx\t, Preventive ,, Detective,\n", columns: ["id"]).rows.first)
    #expect(row.list("l") == ["Preventive", "Detective"])
  }

  @Test("a # with a combining mark is not a comment: it is the header")
  func combiningHash() throws {
    #expect(throws: CatalogError.self) {
      try TSVTable(file: "t.tsv", text: "#\u{20E3}\tx\nid\ttitle\n", columns: ["id"])
    }
    let table = try TSVTable(file: "t.tsv", text: "#\tx\nid\ttitle\nA\tB\n", columns: ["id"])
    #expect(table.rows.map(\.line) == [3])
  }
}
