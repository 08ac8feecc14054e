import Foundation
import Testing

@Suite("isms coverage and isms export oscal")
struct FrameworksCoverageExportTests {
  @Test("SOC 2 coverage follows the SoA: CC6.2 is covered once all its applicable controls are implemented")
  func soc2Coverage() throws {
    let fixture = try FrameworksFixture()
    let before = try FrameworksFixture.json(
      try fixture.isms(["coverage", "--framework", "soc2", "--format", "json"]).stdout)
    let criteria = try #require(before["criteria"] as? [[String: Any]])
    #expect(criteria.count == 61)
    let summary = try #require(before["summary"] as? [String: Int])
    #expect((summary["soc2_only"] ?? 0) > 0)
    let pi = try #require(criteria.first { $0["id"] as? String == "PI1.1" })
    #expect(pi["status"] as? String == "soc2-only")
    // A fresh init addresses every clause with drafts: they cover nothing.
    for id in ["CC1.1", "CC5.3"] {
      #expect(criteria.first { $0["id"] as? String == id }?["status"] as? String != "covered", "\(id)")
    }
    #expect(summary["covered"] == 0)

    for id in ["A.5.15", "A.5.16", "A.5.18", "A.6.5", "A.8.2"] {
      try fixture.decide(id, "applicable", implementation: "implemented")
    }
    let after = try FrameworksFixture.json(
      try fixture.isms(["coverage", "--framework", "soc2", "--format", "json"]).stdout)
    let cc62 = try #require((after["criteria"] as? [[String: Any]])?.first { $0["id"] as? String == "CC6.2" })
    #expect(cc62["status"] as? String == "covered")
    try fixture.decide("A.6.5", "applicable", implementation: "partial")
    let partly = try FrameworksFixture.json(
      try fixture.isms(["coverage", "--framework", "soc2", "--format", "json"]).stdout)
    let partial = try #require(
      (partly["criteria"] as? [[String: Any]])?.first { $0["id"] as? String == "CC6.2" })
    #expect(partial["status"] as? String == "partial")

    let text = try fixture.isms(["coverage", "--framework", "soc2"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("SOC 2-only evidence needed"))
    #expect(
      try fixture.isms(["coverage", "--framework", "soc2", "--format", "markdown"]).stdout.contains("| CC6.1")
    )
  }

  @Test("ISO coverage: clauses with their documents, Annex A per theme with attributes")
  func isoCoverage() throws {
    let fixture = try FrameworksFixture()
    let result = try fixture.isms(["coverage", "--framework", "iso27001", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try FrameworksFixture.json(result.stdout)
    let clauses = try #require(json["clauses"] as? [[String: Any]])
    let policy = try #require(clauses.first { $0["id"] as? String == "5.2" })
    #expect(policy["addressed"] as? Bool == true)
    let themes = try #require(json["themes"] as? [[String: Any]])
    #expect(themes.count == 4)
    let controls = themes.flatMap { ($0["controls"] as? [[String: Any]]) ?? [] }
    #expect(controls.count == 93)
    let attributes = try #require(controls.first?["attributes"] as? [String: Any])
    #expect(attributes["control_type"] is [String])
  }

  @Test("OSCAL export is byte-identical for the same input and validates against the NIST schemas")
  func oscalExport() throws {
    let fixture = try FrameworksFixture()
    try fixture.decide("A.5.1", "applicable", implementation: "partial")
    try fixture.decide("A.7.4", "excluded")
    let first = fixture.folder.url.appendingPathComponent("oscal-1")
    let second = fixture.folder.url.appendingPathComponent("oscal-2")
    for folder in [first, second] {
      let result = try fixture.isms(["export", "oscal", "--output", folder.path])
      #expect(result.status == 0, "\(result.stderr)")
    }
    for name in [
      "iso27001-2022-annex-a.catalog.json", "statement-of-applicability.component-definition.json",
    ] {
      let one = try Data(contentsOf: first.appendingPathComponent(name))
      let two = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(one == two, "\(name) differs between runs")
    }
    let soa = try FrameworksFixture.json(
      String(
        decoding: try Data(
          contentsOf: first.appendingPathComponent("statement-of-applicability.component-definition.json")),
        as: UTF8.self))
    let text = String(describing: soa)
    #expect(text.contains("not-applicable"))
    #expect(text.contains("Test A.7.4"))
    try Self.validateWithNISTSchemas(first)
  }

  /// Runs scripts/validate-oscal.sh; skipped (with a message) when python3 cannot make a venv.
  static func validateWithNISTSchemas(_ folder: URL) throws {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let probe = try? Subprocess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import venv, ensurepip"])
    guard probe?.status == 0 else {
      print("SKIPPED OSCAL schema validation: python3 with venv/ensurepip is not available (CI installs it)")
      return
    }
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = nil
    let result = try Subprocess.run(
      URL(fileURLWithPath: "/bin/bash"),
      [repository.appendingPathComponent("scripts/validate-oscal.sh").path, folder.path],
      environment: ["PATH": environment["PATH"] ?? "/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("valid OSCAL v1.1.3 catalog"))
    #expect(result.stdout.contains("valid OSCAL v1.1.3 component-definition"))
  }
}
