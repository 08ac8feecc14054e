import Foundation
import Testing

/// `isms supplier assurance add`, `isms supplier review` and the supplier rows of `review due`,
/// end to end on a fresh ISMS in a temporary git repository (a critical supplier SUP-001 and an
/// approved questionnaire PLN-900, committed by hand), on 2026-11-29.
@Suite("supplier assurance and reviews")
struct SupplierCommandTests {
  static let day = "2026-11-29"

  static let supplier = """
    ---
    id: SUP-001
    kind: supplier
    title: "Example Cloud"
    service: "Hosting"
    data: [customer-data]
    criticality: critical
    owner: ada
    last_review: 2025-12-01
    next_review: 2026-12-01
    dpa: "DPA signed 2025-01-01"
    ---

    # SUP-001 Example Cloud

    """

  static let questionnaire = """
    ---
    id: PLN-900
    kind: plan
    title: "Supplier questionnaire"
    version: "1.0"
    status: approved
    owner: ada
    approver_role: ciso
    classification: internal
    approved_by: ada
    approved_on: 2026-01-10
    effective: 2026-01-10
    last_review: 2026-01-10
    next_review: 2027-01-10
    ---

    # Supplier questionnaire

    Q1 Which certificates and reports cover the service?

    """

  /// The fixture with the supplier, the questionnaire and a report file committed.
  static func fixture() throws -> AuthoringFixture {
    let fixture = try AuthoringFixture()
    for folder in ["vendor", "suppliers", "plans"] {
      try FileManager.default.createDirectory(
        at: fixture.url.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try fixture.write(supplier, to: "suppliers/SUP-001.md")
    try fixture.write(questionnaire, to: "plans/supplier-questionnaire.md")
    try fixture.write("SOC 2 report summary\n", to: "vendor/soc2.txt")
    try fixture.git(["add", "-A"])
    try fixture.git(["commit", "-q", "-m", "Supplier, questionnaire and report"])
    return fixture
  }

  func run(_ fixture: AuthoringFixture, _ arguments: [String]) throws -> ProcessResult {
    try fixture.isms(arguments, today: Self.day)
  }

  func diagnostics(_ fixture: AuthoringFixture, rule: String) throws -> [[String: Any]] {
    let result = try run(fixture, ["validate", "--format", "json"])
    let all = try AuthoringFixture.json(result.stdout)["diagnostics"] as? [[String: Any]] ?? []
    return all.filter { $0["rule"] as? String == rule }
  }

  static let report = [
    "supplier", "assurance", "add", "--supplier", "SUP-001", "--type", "soc2", "--report-type", "2",
    "--period-start", "2024-10-01", "--period-end", "2025-09-30", "--opinion", "unqualified",
    "--subservice", "Equinix=carve-out", "--file", "vendor/soc2.txt", "--by", "ada",
  ]

  @Test("assurance add records the file's SHA-256; V3 and V4 until a bridge letter covers the gap")
  func assuranceAndBridge() throws {
    let fixture = try Self.fixture()
    #expect(try diagnostics(fixture, rule: "V3").first?["severity"] as? String == "error")

    let added = try run(fixture, Self.report)
    #expect(added.status == 0, "\(added.stderr)")
    let text = try fixture.read("suppliers/assurance/ASR-001.md")
    // The SHA-256 of "SOC 2 report summary\n" (sha256sum).
    #expect(
      text.contains("sha256: c333c343f3ea64ade8d15a9e3f201618877bcbd12cfc9f1789f16caeb475f521"), "\(text)")
    #expect(text.contains("method: carve-out"))
    #expect(try fixture.git(["log", "-1", "--format=%an %s"]).contains("Assurance ASR-001 for SUP-001"))
    #expect(try fixture.git(["status", "--porcelain"]) == "")

    #expect(try diagnostics(fixture, rule: "V3").first?["severity"] as? String == "error")
    let stale = try diagnostics(fixture, rule: "V4")
    #expect((stale.first?["message"] as? String)?.contains("no bridge letter covers the gap") == true)

    let due = try run(fixture, ["review", "due", "--format", "json"])
    let rows = try AuthoringFixture.json(due.stdout)["rows"] as? [[String: Any]] ?? []
    let row = rows.first { $0["record"] as? String == "ASR-001" }
    #expect(row?["state"] as? String == "assurance_overdue", "\(due.stdout)")
    #expect(row?["due"] as? String == "2026-09-30")
    #expect(rows.allSatisfy { $0.keys.contains("days_late") && $0.keys.contains("record") })

    try #require(
      run(
        fixture,
        [
          "supplier", "assurance", "add", "--supplier", "SUP-001", "--type", "bridge-letter", "--covers",
          "ASR-001",
          "--period-start", "2025-10-01", "--period-end", "2026-03-31", "--reference", "Trust portal", "--by",
          "ada",
        ]
      ).status == 0)
    #expect(try diagnostics(fixture, rule: "V3").isEmpty)
    #expect(try diagnostics(fixture, rule: "V4").isEmpty)
    let after = try AuthoringFixture.json(try run(fixture, ["review", "due", "--format", "json"]).stdout)
    #expect(((after["rows"] as? [[String: Any]]) ?? []).allSatisfy { $0["record"] as? String != "ASR-001" })
  }

  @Test("assurance add refuses a CUEC no control meets (V6), an incomplete record (V1), an uncommitted file")
  func assuranceRefusals() throws {
    let fixture = try Self.fixture()
    try fixture.refused(
      Self.report + ["--cuec", "CUEC-1:A.5.15:Customers manage their users"], saying: "refused (V6)")
    try fixture.refused(
      [
        "supplier", "assurance", "add", "--supplier", "SUP-001", "--type", "iso27001", "--reference", "x",
        "--by", "ada",
      ], saying: "refused (V1)")
    try fixture.refused(
      [
        "supplier", "assurance", "add", "--supplier", "SUP-009", "--type", "pentest", "--summary", "ok",
        "--reference", "x", "--by", "ada",
      ], saying: "not a supplier")
    try fixture.refused(
      ["supplier", "assurance", "add", "--supplier", "SUP-001", "--type", "soc2", "--by", "ada"], status: 64,
      saying: "--file")
    try fixture.write("changed\n", to: "vendor/soc2.txt")
    let result = try run(fixture, Self.report)
    #expect(result.status == 1)
    #expect(result.stderr.contains("not committed"), "\(result.stderr)")
  }

  @Test("validate reports a recorded file whose content changed or that is gone (V2)")
  func changedFile() throws {
    let fixture = try Self.fixture()
    try #require(try run(fixture, Self.report).status == 0)
    #expect(try diagnostics(fixture, rule: "V2").isEmpty)
    try fixture.write("another report\n", to: "vendor/soc2.txt")
    try fixture.git(["commit", "-q", "-am", "Replace the report"])
    let changed = try diagnostics(fixture, rule: "V2")
    #expect((changed.first?["message"] as? String)?.contains("not the recorded") == true, "\(changed)")
    try fixture.git(["rm", "-q", "vendor/soc2.txt"])
    try fixture.git(["commit", "-q", "-m", "Remove the report"])
    let missing = try diagnostics(fixture, rule: "V2")
    #expect((missing.first?["message"] as? String)?.contains("not in the repository") == true, "\(missing)")
  }

  @Test("supplier review writes the review and the supplier's review days in one commit; V5 assessed")
  func review() throws {
    let fixture = try Self.fixture()
    let added = try run(fixture, Self.report + ["--exception", "Late access removal"])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stderr.contains("note (V5)"), "\(added.stderr)")
    #expect(try diagnostics(fixture, rule: "V5").first?["severity"] as? String == "error")
    try fixture.refused(
      [
        "supplier", "review", "--supplier", "SUP-001", "--questionnaire", "PLN-900", "--answers",
        "All answered",
        "--decision", "approve-with-conditions", "--by", "ada",
      ], saying: "refused (V9)")
    let result = try run(
      fixture,
      [
        "supplier", "review", "--supplier", "SUP-001", "--questionnaire", "PLN-900", "--answers",
        "All answered",
        "--finding", "Exception without effect on us", "--decision", "approve-with-conditions", "--condition",
        "Bridge letter by 2027-01-31", "--assurance", "ASR-001", "--by", "ada",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let review = try fixture.read("records/supplier-reviews/SRV-001.md")
    #expect(review.contains("questionnaire_version: \"1.0\""), "\(review)")
    #expect(review.contains("next_review: 2027-11-29"))
    let supplier = try fixture.read("suppliers/SUP-001.md")
    #expect(supplier.contains("last_review: 2026-11-29") && supplier.contains("next_review: 2027-11-29"))
    let files = try fixture.git(["show", "--name-only", "--format=", "HEAD"])
    #expect(files.contains("records/supplier-reviews/SRV-001.md") && files.contains("suppliers/SUP-001.md"))
    #expect(try diagnostics(fixture, rule: "V5").isEmpty)
    #expect(try diagnostics(fixture, rule: "V10").isEmpty)
  }
}
