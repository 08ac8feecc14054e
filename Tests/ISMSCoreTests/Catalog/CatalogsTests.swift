import Foundation
import Testing

@testable import ISMSCore

@Suite struct CatalogsTests {
  @Test func loadsInlineTables() throws {
    let catalogs = try Fixture.catalogs
    #expect(catalogs.annexA.map(\.id) == ["A.5.1", "A.5.15", "A.8.7", "A.8.13"])
    #expect(catalogs.control("A.8.7")?.controlTypes == ["Preventive", "Detective"])
    #expect(catalogs.clause("4.1")?.parent == "4")
    #expect(catalogs.soc2Criteria.isEmpty)
  }

  @Test(arguments: [
    ([Catalogs.File.annexA: Fixture.annexA], Catalogs.File.clauses, nil as Int?),
    (
      [Catalogs.File.clauses: "id\ttitle\n4\tContext\n", Catalogs.File.annexA: Fixture.annexA],
      Catalogs.File.clauses, 1
    ),
    (
      [
        Catalogs.File.clauses: Fixture.clauses,
        Catalogs.File.annexA:
          "# c\nid\ttitle\ttheme\tcontrol_type\tsecurity_properties\tcybersecurity_concepts\toperational_capabilities\tsecurity_domains\nA.5.1\tx\n",
      ], Catalogs.File.annexA, 3
    ),
    (
      [Catalogs.File.clauses: Fixture.clauses + "\n4.1\tDuplicate\t4", Catalogs.File.annexA: Fixture.annexA],
      Catalogs.File.clauses, 9
    ),
    (
      [
        Catalogs.File.clauses: Fixture.clauses, Catalogs.File.annexA: Fixture.annexA,
        Catalogs.File.soc2ToISO: "criterion\tcontrol\tsources\nCC6.1\tA.9.9\tscf\n",
      ], Catalogs.File.soc2ToISO, 2
    ),
  ])
  func reportsFileAndLine(files: [String: String], file: String, line: Int?) {
    do {
      _ = try Catalogs(files: files)
      Issue.record("expected an error in \(file)")
    } catch let error as CatalogError {
      #expect(error.file == file)
      #expect(error.line == line)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  /// The real catalogs shipped in `templates/catalogs`; they must exist in the repository.
  @Test func loadsRealCatalogs() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates/catalogs")
    var files: [String: String] = [:]
    for name in Catalogs.File.all {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      files[name] = text
    }
    try #require(files[Catalogs.File.annexA] != nil, "templates/catalogs/\(Catalogs.File.annexA) is missing")
    let catalogs = try Catalogs(files: files)
    #expect(catalogs.annexA.count == 93)
    #expect(catalogs.controlIDs(for: .iso27001_2022).first == "A.5.1")
    #expect(catalogs.controlIDs(for: .iso27001_2022).last == "A.8.34")
    #expect(Validator.documentedControls.allSatisfy { catalogs.control($0) != nil })
    if !catalogs.annexA2013.isEmpty { #expect(catalogs.annexA2013.count == 114) }
    if !catalogs.newControls.isEmpty { #expect(catalogs.newControls.count == 11) }
    #expect(catalogs.clause("10.2") != nil)
  }
}
