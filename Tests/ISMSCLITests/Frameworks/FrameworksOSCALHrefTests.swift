import Foundation
import Testing

/// Where the exported component definition finds its catalog (scripts/check-oscal-trestle.sh runs
/// trestle on it in CI).
@Suite("isms export oscal --catalog-href")
struct FrameworksOSCALHrefTests {
  static func source(_ fixture: FrameworksFixture, _ extra: [String]) throws -> String? {
    let folder = fixture.folder.url.appendingPathComponent("oscal-\(extra.count)")
    let result = try fixture.isms(["export", "oscal", "--output", folder.path] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    let json = try FrameworksFixture.json(
      String(
        decoding: try Data(
          contentsOf: folder.appendingPathComponent("statement-of-applicability.component-definition.json")),
        as: UTF8.self))
    let definition = json["component-definition"] as? [String: Any]
    let component = (definition?["components"] as? [[String: Any]])?.first
    let implementation = (component?["control-implementations"] as? [[String: Any]])?.first
    return implementation?["source"] as? String
  }

  @Test("the source is the catalog beside it by default, and what --catalog-href says otherwise")
  func catalogHref() throws {
    let fixture = try FrameworksFixture()
    #expect(try Self.source(fixture, []) == "iso27001-2022-annex-a.catalog.json")
    #expect(
      try Self.source(fixture, ["--catalog-href", "trestle://catalogs/iso27001-2022-annex-a/catalog.json"])
        == "trestle://catalogs/iso27001-2022-annex-a/catalog.json")
    let bad = try fixture.isms(["export", "oscal", "--catalog-href", "two words"])
    #expect(bad.status == 64)
  }
}
