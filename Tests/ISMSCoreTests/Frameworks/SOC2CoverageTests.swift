import Foundation
import ISMSCore
import Testing

/// SOC 2 scope, mapping and design coverage, on the example ISMS with the shipped catalogs.
@Suite("SOC 2: scope, mapping and coverage")
struct SOC2CoverageTests {
  /// The example's files with `edit` applied to the text of each path it names.
  private static func example(_ edits: [String: (String) -> String] = [:]) -> [String: Data] {
    var files = ExampleISMS.files
    for (path, edit) in edits {
      let text = String(decoding: files[path] ?? Data(), as: UTF8.self)
      files[path] = Data(edit(text).utf8)
    }
    return files
  }

  private static func coverage(_ files: [String: Data]) throws -> SOC2Coverage {
    let isms = ISMS.load(from: InMemorySnapshot(data: files)).isms
    return SOC2Coverage(isms: isms, catalogs: try ShippedCatalogs.load())
  }

  /// Replaces the `implementation:` line of a control file.
  private static func implementation(_ value: String) -> (String) -> String {
    {
      $0.replacingOccurrences(
        of: #"(?m)^implementation: .*$"#, with: "implementation: \(value)", options: .regularExpression)
    }
  }

  @Test("the mapping holds the pairs independent crosswalks agree on, each backed by two of them")
  func mappingPairs() throws {
    let catalogs = try ShippedCatalogs.load()
    let pairs = Set(catalogs.soc2ToISO.map { "\($0.from) \($0.to)" })
    for pair in [
      "CC6.1 A.5.15", "CC6.1 A.8.2", "CC7.2 A.8.15", "CC7.2 A.8.16", "CC9.2 A.5.19", "CC9.2 A.5.20",
      "CC9.2 A.5.21", "CC6.6 A.8.20", "CC6.6 A.8.21", "CC6.7 A.8.24",
    ] {
      #expect(pairs.contains(pair), "\(pair)")
    }
    #expect(!pairs.contains("CC7.2 A.8.6"), "capacity management is no monitoring control")
    let known: Set<String> = ["scf", "adobe-ccf", "cisco-ccf"]
    for mapping in catalogs.soc2ToISO + catalogs.soc2ToISOClauses {
      #expect(Set(mapping.sources).count >= 2, "\(mapping.from) → \(mapping.to)")
      #expect(Set(mapping.sources).isSubset(of: known), "\(mapping.from) → \(mapping.to)")
    }
  }

  @Test("criteria of categories out of scope disappear; without a scope all five are listed")
  func scoping() throws {
    let scoped = try Self.coverage(Self.example())
    #expect(scoped.categories == ["security", "availability", "confidentiality"])
    #expect(Set(scoped.criteria.map(\.category)) == ["security", "availability", "confidentiality"])
    #expect(!scoped.criteria.contains { $0.id == "PI1.1" || $0.id == "P1.1" })
    #expect(scoped.criteria.contains { $0.id == "A1.2" } && scoped.criteria.contains { $0.id == "C1.1" })
    #expect(scoped.summary.criteria == scoped.criteria.count)

    let securityOnly = try Self.coverage(
      Self.example([
        "isms.yml": {
          $0.replacingOccurrences(
            of: "categories: [security, availability, confidentiality]", with: "categories: [availability]")
        }
      ]))
    #expect(Set(securityOnly.criteria.map(\.category)) == ["security", "availability"])

    let unscoped = try Self.coverage(
      Self.example([
        "isms.yml": { String($0[..<($0.range(of: "\n# The SOC 2 engagement")?.lowerBound ?? $0.endIndex)]) }
      ]))
    #expect(unscoped.scope == nil)
    #expect(unscoped.criteria.count == 61)
  }

  @Test("CC7.2 is partial while A.8.16 is partial, however many of its other controls are implemented")
  func partialControlKeepsCriterionPartial() throws {
    let catalogs = try ShippedCatalogs.load()
    let mapped = catalogs.soc2ToISO.filter { $0.from == "CC7.2" }.map(\.to)
    var edits: [String: (String) -> String] = [:]
    for id in mapped { edits["controls/\(id).md"] = Self.implementation("implemented") }
    // The example addresses clause 8.1 (operational planning), also mapped to CC7.2, nowhere.
    edits["procedures/logging-monitoring.md"] = {
      $0.replacingOccurrences(of: "controls: [A.8.15", with: "clauses: [\"8.1\"]\ncontrols: [A.8.15")
    }
    let allImplemented = try #require(
      try Self.coverage(Self.example(edits)).criteria.first { $0.id == "CC7.2" })
    #expect(allImplemented.status == .covered)
    edits["controls/A.8.6.md"] = Self.implementation("implemented")
    edits["controls/A.8.16.md"] = Self.implementation("partial")
    let cc72 = try #require(try Self.coverage(Self.example(edits)).criteria.first { $0.id == "CC7.2" })
    #expect(cc72.status == .partial)
    #expect(cc72.controls.first { $0.decision.id == "A.8.16" }?.decision.implementation == "partial")
  }

  @Test("draft documents cover nothing; approved ones are listed per control from the documents' controls")
  func draftsDoNotCover() throws {
    var edits: [String: (String) -> String] = [:]
    for path in ExampleISMS.files.keys
    where path.hasPrefix("policies/") || path.hasPrefix("procedures/") || path.hasPrefix("plans/") {
      edits[path] = { $0.replacingOccurrences(of: "\nstatus: approved\n", with: "\nstatus: draft\n") }
    }
    let approved = try Self.coverage(Self.example())
    let drafts = try Self.coverage(Self.example(edits))
    let policy = try #require(approved.criteria.first { $0.id == "CC1.2" }?.clauses.first { $0.id == "5.2" })
    #expect(!policy.documents.isEmpty)
    let draftPolicy = try #require(
      drafts.criteria.first { $0.id == "CC1.2" }?.clauses.first { $0.id == "5.2" })
    #expect(draftPolicy.documents.isEmpty)
    #expect(!drafts.criteria.contains { ["CC1.1", "CC5.3"].contains($0.id) && $0.status == .covered })
    let access = try #require(
      approved.criteria.first { $0.id == "CC6.1" }?.controls.first { $0.decision.id == "A.5.15" })
    #expect(access.documents.contains("POL-003"))
  }

  @Test("a final management review shows clause 9.3; a draft one does not")
  func managementReviewShows93() throws {
    let shown = try #require(
      try Self.coverage(Self.example()).criteria.first { $0.id == "CC1.2" }?.clauses.first { $0.id == "9.3" })
    #expect(shown.records.contains("MR-2026-01"))
    var edits: [String: (String) -> String] = [:]
    for path in ExampleISMS.files.keys where path.hasPrefix("records/management-reviews/") {
      edits[path] = { $0.replacingOccurrences(of: "\nstatus: final\n", with: "\nstatus: draft\n") }
    }
    let drafted = try #require(
      try Self.coverage(Self.example(edits)).criteria.first { $0.id == "CC1.2" }?.clauses.first {
        $0.id == "9.3"
      })
    #expect(drafted.records.isEmpty)
  }
}
