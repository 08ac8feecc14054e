import Foundation
import Testing

/// `isms activity add`, `evidence add`, `soc2 population`, `soc2 sample` and the operation view of
/// `coverage`, end to end on a fresh ISMS.
@Suite("SOC 2 operation")
struct SOC2OperationTests {
  static let period = "2026-01-01..2026-12-31"

  /// A fixture with ACT-001 (quarterly, from 2026-01-01).
  static func withActivity() throws -> AuthoringFixture {
    let fixture = try AuthoringFixture()
    let result = try fixture.ok([
      "activity", "add", "--title", "Quarterly access review", "--control", "A.5.18", "--criterion", "CC6.2",
      "--owner", "ada", "--cadence", "quarterly", "--start", "2026-01-01", "--description",
      "Owners confirm every account.", "--by", "ada",
    ])
    #expect(result.stdout.contains("activities/ACT-001.md"))
    return fixture
  }

  /// The error diagnostics of `isms validate` on `today`.
  static func errors(_ fixture: AuthoringFixture, today: String) throws -> [[String: Any]] {
    let result = try fixture.isms(["validate", "--format", "json"], today: today)
    let diagnostics = try AuthoringFixture.json(result.stdout)["diagnostics"] as? [[String: Any]] ?? []
    return diagnostics.filter { $0["severity"] as? String == "error" }
  }

  /// Commits an empty change with `git` (the witness), authored and committed on `date`.
  static func gitCommit(
    _ fixture: AuthoringFixture, _ message: String, author: String = "Bob",
    date: String = "2026-05-04T10:00:00Z",
    extra: [String] = []
  ) throws {
    let environment = [
      "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "\(author.lowercased())@acme.example",
      "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "\(author.lowercased())@acme.example",
      "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
    ]
    let result = try Subprocess.git(
      ["commit", "--allow-empty", "-q", "-m", message] + extra, in: fixture.url, environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func evidenceWithAnAttachmentIsOneCommitAndItsHashIsChecked() throws {
    let fixture = try Self.withActivity()
    try FileManager.default.createDirectory(
      at: fixture.url.appendingPathComponent("records/evidence/files"), withIntermediateDirectories: true)
    try fixture.write("system,accounts\nokta,12\n", to: "records/evidence/files/q1.csv")
    let before = try fixture.head().trimmingCharacters(in: .whitespacesAndNewlines)
    let added = try fixture.ok(
      [
        "evidence", "add", "--activity", "ACT-001", "--date", "2026-04-05", "--attach",
        "records/evidence/files/q1.csv", "--exception", "One stale account", "--by", "ada",
      ], today: "2026-04-06")
    #expect(added.stdout.contains("records/evidence/EV-001.md"))
    #expect(try fixture.git(["rev-list", "--count", "\(before)..HEAD"]).hasPrefix("1"))
    #expect(try fixture.git(["status", "--porcelain"]) == "")
    #expect(
      try fixture.git(["show", "--name-only", "--format=%an", "HEAD"]).contains(
        "records/evidence/files/q1.csv"))
    let record = try fixture.read("records/evidence/EV-001.md")
    // Early April is within the grace days of the first quarter, so that is what it covers.
    #expect(record.contains("covers: [2026-Q1]") || record.contains("covers: [\"2026-Q1\"]"))
    #expect(
      record.contains("sha256: bb459d4674b9e12a9b54ea86e056b4507de50380a5e51c7f04888e228398175f"))
    #expect(record.contains("description: One stale account"))
    #expect(try Self.errors(fixture, today: "2026-04-06").isEmpty)

    try fixture.write("system,accounts\nokta,13\n", to: "records/evidence/files/q1.csv")
    let errors = try Self.errors(fixture, today: "2026-04-06").filter { $0["rule"] as? String == "S9" }
    #expect(errors.count == 1)
    #expect(errors.first?["path"] as? String == "records/evidence/EV-001.md")
    #expect(errors.first?["field"] as? String == "attachments[0].sha256")
    #expect(errors.first?["line"] as? Int == 11)
  }

  @Test func validateWarnsOfMissedOccurrences() throws {
    let fixture = try Self.withActivity()
    let result = try fixture.isms(["validate", "--format", "json"], today: "2026-08-15")
    let diagnostics = try AuthoringFixture.json(result.stdout)["diagnostics"] as? [[String: Any]] ?? []
    let missed = diagnostics.filter { $0["rule"] as? String == "S7" }.compactMap { $0["message"] as? String }
    // Q1 and Q2 ended more than 30 days ago with no evidence; Q3 is under way.
    #expect(missed.count == 2)
    #expect(missed.first?.contains("2026-Q1") == true)
    #expect(
      diagnostics.filter { $0["rule"] as? String == "S7" }.allSatisfy {
        $0["severity"] as? String == "warning"
      })
  }

  @Test func thePopulationComesFromHistoryWithApproversAndCI() throws {
    let fixture = try AuthoringFixture()
    try Self.gitCommit(
      fixture, "Approved change\n\nApproved-by: Carol <carol@acme.example>\nCI-Result: passed")
    try Self.gitCommit(fixture, "=HYPERLINK(\"x\") unreviewed change", date: "2026-05-05T10:00:00Z")
    try Self.gitCommit(
      fixture, "Self-approved\n\nApproved-by: Bob <bob@acme.example>", date: "2026-05-06T10:00:00Z")
    try Self.gitCommit(fixture, "Outside the period", date: "2026-10-02T10:00:00Z")
    let arguments = ["soc2", "population", "--period", "2026-04-01..2026-09-30"]
    let json = try AuthoringFixture.json(try fixture.ok(arguments + ["--format", "json"]).stdout)
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.count == 3)
    #expect(changes.first?["approver"] as? String == "Carol <carol@acme.example>")
    #expect(changes.first?["ci"] as? String == "passed")
    #expect(changes.first?["author"] as? String == "Bob <bob@acme.example>")
    #expect(changes.map { $0["independent"] as? Bool } == [true, false, false])
    #expect(json["without_independent_approver"] as? Int == 2)
    let csv = try fixture.ok(arguments + ["--format", "csv"]).stdout
    #expect(csv.contains("'=HYPERLINK"))
    // Computed from history: the same listing at any later date.
    let text = try fixture.ok(arguments).stdout
    #expect(try fixture.ok(arguments, today: "2030-01-01").stdout == text)
    #expect(text.contains("2 without an independent approver"))
  }

  @Test func aMergeCommitsSecondParentIsTheAuthorAndTheMergerTheApprover() throws {
    let fixture = try AuthoringFixture()
    try fixture.git(["checkout", "-q", "-b", "feature"])
    try Self.gitCommit(fixture, "Feature work", author: "Dave", date: "2026-05-04T09:00:00Z")
    try fixture.git(["checkout", "-q", "main"])
    try Self.gitCommit(fixture, "Work on main", author: "Carol", date: "2026-05-04T12:00:00Z")
    let environment = [
      "GIT_AUTHOR_NAME": "Carol", "GIT_AUTHOR_EMAIL": "carol@acme.example", "GIT_COMMITTER_NAME": "Carol",
      "GIT_COMMITTER_EMAIL": "carol@acme.example", "GIT_AUTHOR_DATE": "2026-05-05T12:00:00Z",
      "GIT_COMMITTER_DATE": "2026-05-05T12:00:00Z",
    ]
    let merged = try Subprocess.git(
      ["merge", "--no-ff", "-q", "-m", "Merge pull request #7", "feature"], in: fixture.url,
      environment: environment)
    #expect(merged.status == 0, "\(merged.stderr)")
    let json = try AuthoringFixture.json(
      try fixture.ok(["soc2", "population", "--period", "2026-05-01..2026-05-31", "--format", "json"]).stdout)
    let changes = try #require(json["changes"] as? [[String: Any]])
    let merge = try #require(changes.first { ($0["summary"] as? String)?.hasPrefix("Merge pull") == true })
    #expect(merge["author"] as? String == "Dave <dave@acme.example>")
    #expect(merge["approver"] as? String == "Carol <carol@acme.example>")
    #expect(merge["approval_source"] as? String == "merge")
    // The merged side's own commit is not a change of the main branch.
    #expect(!changes.contains { $0["summary"] as? String == "Feature work" })
  }

  @Test func aSampleIsReproducibleAndRecorded() throws {
    let fixture = try Self.withActivity()
    let arguments = [
      "soc2", "sample", "--activity", "ACT-001", "--period", Self.period, "--seed", "7", "--by", "ada",
      "--format",
      "json",
    ]
    let first = try AuthoringFixture.json(try fixture.ok(arguments).stdout)
    let second = try AuthoringFixture.json(try fixture.ok(arguments).stdout)
    #expect(first["sample"] as? String == "SMP-001")
    #expect(second["sample"] as? String == "SMP-002")
    #expect((first["items"] as? [String])?.count == 2)
    #expect(first["items"] as? [String] == second["items"] as? [String])
    #expect(first["population_sha256"] as? String == second["population_sha256"] as? String)
    #expect(first["population_size"] as? Int == 4)
    let record = try fixture.read("records/samples/SMP-001.md")
    #expect(record.contains("seed: 7"))
    #expect(record.contains("algorithm: splitmix64-fisher-yates"))
    let errors = try fixture.errors()
    #expect(errors.isEmpty, "\(errors)")
    // Editing the drawn items is an error; a changed population a warning.
    let edited = record.replacingOccurrences(of: "items: [", with: "items: [2026-Q9, ")
    try fixture.write(edited, to: "records/samples/SMP-001.md")
    #expect(try fixture.errors().contains { $0["rule"] as? String == "S11" })
    try fixture.write(record, to: "records/samples/SMP-001.md")
    let activity = try fixture.read("activities/ACT-001.md")
    try fixture.write(
      activity.replacingOccurrences(of: "start: 2026-01-01", with: "start: 2026-04-01"),
      to: "activities/ACT-001.md")
    let diagnostics = try fixture.validation()["diagnostics"] as? [[String: Any]] ?? []
    #expect(diagnostics.contains { $0["rule"] as? String == "S10" && $0["severity"] as? String == "warning" })
  }

  @Test func aPerChangeSampleDrawsFromTheChangePopulation() throws {
    let fixture = try AuthoringFixture()
    try fixture.ok([
      "activity", "add", "--title", "Reviewed changes", "--control", "A.8.32", "--owner", "ada", "--cadence",
      "per-change", "--start", "2026-01-01", "--description", "Every change is reviewed.", "--by", "ada",
    ])
    for index in 1...6 {
      try Self.gitCommit(
        fixture, "Change \(index)\n\nApproved-by: Carol <carol@acme.example>",
        date: "2026-05-0\(index)T10:00:00Z")
    }
    let arguments = [
      "soc2", "sample", "--activity", "ACT-001", "--period", "2026-05-01..2026-05-31", "--seed", "11", "--by",
      "ada", "--format", "json",
    ]
    // Recorded in June, so the sample commits themselves are not changes of May.
    let first = try AuthoringFixture.json(try fixture.ok(arguments, today: "2026-06-15").stdout)
    #expect(first["population_size"] as? Int == 6)
    #expect((first["items"] as? [String])?.count == 3)
    let second = try AuthoringFixture.json(try fixture.ok(arguments, today: "2026-06-15").stdout)
    #expect(first["items"] as? [String] == second["items"] as? [String])
    #expect(first["population_sha256"] as? String == second["population_sha256"] as? String)
    #expect(try Self.errors(fixture, today: "2026-06-16").isEmpty)
    // Another change in May: a different population, a different hash.
    try Self.gitCommit(fixture, "Late change", date: "2026-05-20T10:00:00Z")
    // validate reads the population from history again: both samples warn that it changed.
    let validation = try fixture.isms(["validate", "--format", "json"], today: "2026-06-16")
    let diagnostics = try AuthoringFixture.json(validation.stdout)["diagnostics"] as? [[String: Any]] ?? []
    let changed = diagnostics.filter { $0["rule"] as? String == "S10" }
    #expect(
      changed.compactMap { $0["path"] as? String } == [
        "records/samples/SMP-001.md", "records/samples/SMP-002.md",
      ])
    #expect(changed.allSatisfy { $0["severity"] as? String == "warning" })
    let third = try AuthoringFixture.json(try fixture.ok(arguments, today: "2026-06-16").stdout)
    #expect(third["population_size"] as? Int == 7)
    #expect(third["population_sha256"] as? String != first["population_sha256"] as? String)
  }

  @Test func coverageShowsTheOperationView() throws {
    let fixture = try Self.withActivity()
    try fixture.ok(
      [
        "evidence", "add", "--activity", "ACT-001", "--covers", "2026-Q1", "--date", "2026-03-30",
        "--exception", "One stale account", "--by", "ada",
      ], today: "2026-03-31")
    let text = try fixture.ok(
      ["coverage", "--framework", "soc2", "--period", "2026-01-01..2026-06-30"], today: "2026-08-15"
    ).stdout
    #expect(text.contains("Operation over 2026-01-01..2026-06-30"))
    #expect(text.contains("2026-Q1  operated  EV-001"))
    #expect(text.contains("2026-Q2  missed"))
    #expect(text.contains("exception (EV-001): One stale account"))
    let json = try AuthoringFixture.json(
      try fixture.ok(
        ["coverage", "--framework", "soc2", "--period", "2026-01-01..2026-06-30", "--format", "json"],
        today: "2026-08-15"
      ).stdout)
    let operation = try #require(json["operation"] as? [String: Any])
    let activities = try #require(operation["activities"] as? [[String: Any]])
    #expect(activities.first?["fully_evidenced"] as? Bool == false)
  }
}
