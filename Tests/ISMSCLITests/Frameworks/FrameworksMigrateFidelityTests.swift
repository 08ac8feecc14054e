import Foundation
import Testing

/// What a complete 2013-era ISMS holds beyond control lists: comments, audit criteria, ids in
/// text, undecided controls; and a report that announces what validation will say afterwards.
@Suite("isms migrate: nothing changed without a word")
struct FrameworksMigrateFidelityTests {
  /// The legacy fixture with a commented list item, a planned and a reported audit against 2013,
  /// a 2013 id in a body, A.9.1.1 applicable beside an undecided A.9.1.2, and A.8.1.1 applicable
  /// (its 2022 control then needs a document).
  static func fixture() throws -> FrameworksFixture {
    let fixture = try FrameworksMigrateTests.legacyFixture()
    try FrameworksMigrateTests.replace(
      in: fixture, "policies/information-security-policy.md", "controls: [A.5.1.1, A.5.1.2]",
      "controls:\n  - A.5.1.1\n  - A.9.1.1\n  - A.9.1.2   # network services")
    let policy = try fixture.read("policies/information-security-policy.md")
    try fixture.write(
      "policies/information-security-policy.md", policy + "\nNetwork access follows A.9.1.2.\n")
    try fixture.write(
      "controls/A.9.1.1.md",
      "---\nid: A.9.1.1\nkind: control\napplicability: applicable\njustification: \"Access policy\"\n"
        + "implementation: implemented\nowner: ada\n---\n\nNotes.\n")
    // Inventory (A.8.1.1 → A.5.9) applicable: A.5.9 needs a document, which nothing lists.
    try fixture.write(
      "controls/A.8.1.1.md",
      "---\nid: A.8.1.1\nkind: control\napplicability: applicable\njustification: \"Inventory\"\n"
        + "implementation: implemented\nowner: ada\n---\n\nNotes.\n")
    for (id, status) in [("AUD-2026-01", "planned"), ("AUD-2025-01", "reported")] {
      try fixture.write(
        "records/audits/\(id).md",
        """
        ---
        id: \(id)
        kind: audit
        title: Internal audit \(id)
        type: internal
        status: \(status)
        lead_auditor: ada
        criteria: [iso27001:2013]
        ---

        # Internal audit \(id)

        """)
    }
    try fixture.commitAll("Comments, audits, text")
    return fixture
  }

  static func migrate(_ fixture: FrameworksFixture) throws -> [String: Any] {
    let result = try fixture.isms(["migrate", "--from", "iso27001:2013", "--by", "ada", "--format", "json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    return try FrameworksFixture.json(result.stdout)
  }

  @Test("a list item with a comment keeps it and gives no second item of the same id")
  func commentedItem() throws {
    let fixture = try Self.fixture()
    _ = try Self.migrate(fixture)
    let policy = try fixture.read("policies/information-security-policy.md")
    #expect(policy.contains("controls:\n  - A.5.1\n  - A.5.15  # network services\n"), "\(policy)")
    #expect(policy.components(separatedBy: "A.5.15").count == 2)
  }

  @Test("a planned audit's criteria are rewritten, a reported one's flagged and kept")
  func auditCriteria() throws {
    let fixture = try Self.fixture()
    let report = try Self.migrate(fixture)
    #expect(try fixture.read("records/audits/AUD-2026-01.md").contains("criteria: [iso27001:2022]"))
    #expect(try fixture.read("records/audits/AUD-2025-01.md").contains("criteria: [iso27001:2013]"))
    let notes = try #require(report["notes"] as? [String])
    #expect(
      notes.contains(
        "records/audits/AUD-2025-01.md: the audit is reported against iso27001:2013; its criteria stay as the record of what was audited"
      ))
    let rewrites = try #require(report["rewrites"] as? [[String: Any]])
    #expect(rewrites.contains { $0["path"] as? String == "records/audits/AUD-2026-01.md" })
  }

  @Test("2013 ids in document text are listed for checking, not rewritten")
  func bodyMentions() throws {
    let fixture = try Self.fixture()
    let report = try Self.migrate(fixture)
    let mentions = try #require(report["body_mentions"] as? [String])
    #expect(
      mentions.contains {
        $0.hasPrefix("policies/information-security-policy.md:") && $0.contains("A.9.1.2 (now A.5.15)")
      })
    #expect(
      try fixture.read("policies/information-security-policy.md").contains("Network access follows A.9.1.2."))
  }

  @Test("an undecided 2013 control folded into an applicable 2022 one gets a note")
  func undecidedFold() throws {
    let fixture = try Self.fixture()
    let notes = try #require(try Self.migrate(fixture)["notes"] as? [String])
    #expect(
      notes.contains { $0.hasPrefix("A.5.15: applicable from A.9.1.1, but A.9.1.2 was undecided in 2013") })
  }

  /// The error diagnostics of `isms validate`, as the report writes them.
  static func errors(_ fixture: FrameworksFixture) throws -> [String] {
    let validate = try FrameworksFixture.json(try fixture.isms(["validate", "--format", "json"]).stdout)
    return ((validate["diagnostics"] as? [[String: Any]]) ?? []).filter {
      ($0["severity"] as? String) == "error"
    }
    .map { error in
      let line = (error["line"] as? Int).map { ":\($0)" } ?? ""
      return "\(error["path"] as? String ?? "")\(line): \(error["message"] as? String ?? "") "
        + "(\(error["rule"] as? String ?? ""))"
    }
  }

  @Test("validate after migrate shows no new error the report did not announce")
  func predicted() throws {
    let fixture = try Self.fixture()
    let before = Set(try Self.errors(fixture))
    let report = try Self.migrate(fixture)
    let predicted = Set(try #require(report["predicted"] as? [String]))
    #expect(predicted.contains { $0.contains("A.5.9 is applicable and needs documentation") }, "\(predicted)")
    let new = try Self.errors(fixture).filter { !before.contains($0) }
    #expect(!new.isEmpty)
    #expect(new.filter { !predicted.contains($0) } == [])
  }
}
