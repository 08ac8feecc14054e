import Foundation
import ISMSCore
import Testing

@Suite("Frameworks: shipped catalogs through the loader")
struct FrameworksCatalogTests {
  @Test("93 controls in 2022, 114 in 2013, 61 SOC 2 criteria, 11 new controls")
  func counts() throws {
    let catalogs = try ShippedCatalogs.load()
    #expect(catalogs.controlIDs(for: .iso27001_2022).count == 93)
    #expect(catalogs.controlIDs(for: .iso27001_2013).count == 114)
    #expect(catalogs.soc2Criteria.count == 61)
    #expect(catalogs.newControls.count == 11)
    #expect(catalogs.controlIDs(for: .iso27001_2022).first == "A.5.1")
    #expect(catalogs.controlIDs(for: .iso27001_2022).last == "A.8.34")
    #expect(catalogs.controlIDs(for: .iso27001_2013).first == "A.5.1.1")
    #expect(catalogs.controlIDs(for: .iso27001_2013).last == "A.18.2.3")
  }

  @Test("every 2013 control maps; every 2022 control is a target except the new ones")
  func mappingCoversBothEditions() throws {
    let catalogs = try ShippedCatalogs.load()
    let sources = Set(catalogs.mapping2013To2022.map(\.from))
    let targets = Set(catalogs.mapping2013To2022.map(\.to))
    #expect(sources == Set(catalogs.controlIDs(for: .iso27001_2013)))
    #expect(targets.union(catalogs.newControls) == Set(catalogs.controlIDs(for: .iso27001_2022)))
    #expect(targets.isDisjoint(with: catalogs.newControls))
  }
}

@Suite("Frameworks: name-based UUIDs")
struct FrameworksNameUUIDTests {
  @Test("matches the RFC 9562 version-5 reference value")
  func referenceVector() {
    // uuid5(NAMESPACE_DNS, "python.org") from Python's uuid module.
    #expect(
      NameUUID.v5("python.org", namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
        == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
  }

  @Test("stable and distinct per name")
  func stable() {
    #expect(NameUUID.v5("a") == NameUUID.v5("a"))
    #expect(NameUUID.v5("a") != NameUUID.v5("b"))
  }
}

@Suite("Frameworks: CSV")
struct FrameworksCSVTableTests {
  @Test("byte-order mark, semicolons, quoted cells with delimiters, quotes and line breaks")
  func semicolonsAndQuotes() throws {
    let table = try CSVTable(text: "\u{FEFF}id;title\r\nR1;\"a; \"\"b\"\"\nc\"\r\n\r\nR2;plain\r\n")
    #expect(table.delimiter == ";")
    #expect(table.header == ["id", "title"])
    #expect(table.records.map(\.cells) == [["R1", "a; \"b\"\nc"], ["R2", "plain"]])
    #expect(table.records.map(\.row) == [2, 4])  // the blank line is spreadsheet row 3
  }

  @Test("an unclosed quote is an error naming the row")
  func unclosedQuote() {
    #expect(throws: CSVError.self) { try CSVTable(text: "a,b\n1,\"x\n") }
  }
}
