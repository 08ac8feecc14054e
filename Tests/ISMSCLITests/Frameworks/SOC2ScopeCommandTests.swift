import Foundation
import Testing

@Suite("isms soc2 scope")
struct SOC2ScopeCommandTests {
  private static func ownerID(_ fixture: FrameworksFixture) throws -> String {
    let line = try #require(
      try fixture.read("isms.yml").split(separator: "\n").first { $0.contains("- id: ") })
    return String(line.split(separator: ":").last ?? "").trimmingCharacters(in: .whitespaces)
  }

  @Test("sets the scope as one commit; coverage then lists only the categories in scope")
  func setsScopeAndFiltersCoverage() throws {
    let fixture = try FrameworksFixture()
    let owner = try Self.ownerID(fixture)
    let set = try fixture.isms([
      "soc2", "scope", "--type", "2", "--categories", "security", "--period-start", "2026-01-01",
      "--period-end", "2026-06-30", "--service-auditor", "Example Assurance LLP", "--by", owner,
    ])
    #expect(set.status == 0, "\(set.stderr)")
    #expect(try fixture.read("isms.yml").contains("soc2:"))
    let log = try Subprocess.git(["log", "-1", "--format=%B"], in: fixture.root)
    #expect(log.stdout.contains("ISMS-Event: soc2-scope"))
    let shown = try fixture.isms(["soc2", "scope"])
    #expect(shown.stdout.contains("SOC 2 Type II, 2026-01-01 to 2026-06-30"), "\(shown.stdout)")
    #expect(try fixture.isms(["validate"]).stdout.contains("[S") == false)

    let json = try FrameworksFixture.json(
      try fixture.isms(["coverage", "--framework", "soc2", "--format", "json"]).stdout)
    let criteria = try #require(json["criteria"] as? [[String: Any]])
    #expect(!criteria.isEmpty)
    #expect(criteria.allSatisfy { $0["category"] as? String == "security" })
    #expect(json["categories"] as? [String] == ["security"])
    let text = try fixture.isms(["coverage", "--framework", "soc2"]).stdout
    #expect(text.contains("CC6.1") && !text.contains("A1.2") && !text.contains("PI1.1"))

    let type1 = try fixture.isms(["soc2", "scope", "--type", "1", "--as-of", "2026-06-30", "--by", owner])
    #expect(type1.status == 0, "\(type1.stderr)")
    let config = try fixture.read("isms.yml")
    #expect(config.contains("as_of: 2026-06-30") && !config.contains("period"))
  }

  @Test("refuses an unknown category (64) and a period that ends before it starts (1), writing nothing")
  func refusals() throws {
    let fixture = try FrameworksFixture()
    let owner = try Self.ownerID(fixture)
    let before = try fixture.read("isms.yml")
    let unknown = try fixture.isms([
      "soc2", "scope", "--type", "2", "--categories", "security,integrity", "--by", owner,
    ])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("integrity"))
    let backwards = try fixture.isms([
      "soc2", "scope", "--type", "2", "--period-start", "2026-06-30", "--period-end", "2026-01-01", "--by",
      owner,
    ])
    #expect(backwards.status == 1)
    #expect(backwards.stderr.contains("S2"), "\(backwards.stderr)")
    #expect(try fixture.read("isms.yml") == before)
  }
}
