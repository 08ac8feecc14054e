import Foundation
import Testing

/// The example ISMS committed on `main`, with a branch `change` for an edit made in an editor,
/// as a user would propose it in a pull request.
struct ExampleChangeFixture {
  let folder: TemporaryFolder
  let url: URL
  static let today = "2026-11-29"
  static let author = ["-c", "user.name=Ana Moreira", "-c", "user.email=ana.moreira@nordlicht.example"]

  init() throws {
    folder = try TemporaryFolder("isms-integrity")
    url = folder.url.appendingPathComponent("example")
    try FileManager.default.copyItem(
      at: ExampleISMSTests.repositoryRoot.appendingPathComponent("isms-repo-example"), to: url)
    try git(["init", "-q", "-b", "main"])
    try git(["add", "-A"])
    try git(Self.author + ["commit", "-qm", "Example ISMS"])
    try git(["checkout", "-q", "-b", "change"])
  }

  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let result = try Subprocess.git(arguments, in: url)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
  }

  /// Replaces the first occurrence of `old` in a file and commits the edit on `change`.
  func edit(_ path: String, _ old: String, _ new: String) throws {
    let file = url.appendingPathComponent(path)
    let text = try String(contentsOf: file, encoding: .utf8)
    let range = try #require(text.range(of: old), "\(path) has no `\(old)`")
    try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
    try git(Self.author + ["commit", "-qam", "Edit \(path)"])
  }

  /// The rule ids `isms validate` reports for `path`, and its exit status.
  func validate(_ path: String) throws -> (status: Int32, rules: Set<String>) {
    let result = try ISMSProcess.run(["validate", "--format", "json", "--today", Self.today], in: url)
    let report = try ReviewFixture.json(result.stdout)
    let diagnostics = report["diagnostics"] as? [[String: Any]] ?? []
    return (
      result.status,
      Set(
        diagnostics.filter { $0["path"] as? String == path && $0["severity"] as? String == "error" }
          .compactMap { $0["rule"] as? String })
    )
  }

  /// The rule ids `isms review pr --base main` reports as errors for `path`, and its exit status.
  func review(_ path: String) throws -> (status: Int32, rules: Set<String>) {
    let result = try ISMSProcess.run(
      ["review", "pr", "--base", "main", "--format", "json", "--today", Self.today], in: url)
    let review = try ReviewFixture.json(result.stdout)
    let findings = review["findings"] as? [[String: Any]] ?? []
    return (
      result.status,
      Set(
        findings.filter { $0["path"] as? String == path && $0["severity"] as? String == "error" }
          .compactMap { $0["rule"] as? String })
    )
  }
}

@Suite("the record's integrity: validate and review pr judge edits made in an editor")
struct RecordIntegrityTests {
  static let finding = "records/findings/NC-2026-003.md"
  static let closedFinding = "records/findings/NC-2025-001.md"
  static let cycle = "records/cycles/CYC-2025.md"
  static let externalMinor = "records/findings/NC-2025-003.md"

  @Test("a finding's status changed by hand from action_planned to closed")
  func statusChangedByHand() throws {
    let fixture = try ExampleChangeFixture()
    try fixture.edit(Self.finding, "status: action_planned", "status: closed")
    let validation = try fixture.validate(Self.finding)
    #expect(validation.status == 1)
    #expect(validation.rules.isSuperset(of: ["I2", "R50"]), "\(validation.rules)")
    let review = try fixture.review(Self.finding)
    #expect(review.status == 1)
    #expect(review.rules.isSuperset(of: ["I2", "R50"]), "\(review.rules)")
  }

  @Test("a transition appended by hand that skips states is flagged by both")
  func skippedStates() throws {
    let fixture = try ExampleChangeFixture()
    try fixture.edit(
      Self.finding, "status: action_planned", "status: closed")
    try fixture.edit(
      Self.finding, "\n---\n\n#",
      """

        - "on": 2026-11-20
          by: amoreira
          event: close
          from: action_planned
          to: closed
      ---

      #
      """)
    #expect(try fixture.validate(Self.finding).rules.contains("d3"))
    #expect(try fixture.review(Self.finding).rules.contains("d3"))
  }

  @Test("a cycle's decision_date moved before the stage 2 audit ended")
  func decisionBeforeStage2() throws {
    let fixture = try ExampleChangeFixture()
    try fixture.edit(Self.cycle, "decision_date: 2025-06-20", "decision_date: 2025-05-20")
    let validation = try fixture.validate(Self.cycle)
    #expect(validation.status == 1)
    #expect(validation.rules.contains("R24"), "\(validation.rules)")
    #expect(try fixture.review(Self.cycle).rules.contains("R24"))
  }

  @Test("a history entry dated before the one above it")
  func historyOutOfOrder() throws {
    let fixture = try ExampleChangeFixture()
    try fixture.edit(Self.closedFinding, "\"on\": 2025-04-22", "\"on\": 2025-03-01")
    let validation = try fixture.validate(Self.closedFinding)
    #expect(validation.status == 1)
    #expect(validation.rules.contains("I1"), "\(validation.rules)")
    let review = try fixture.review(Self.closedFinding)
    #expect(review.rules.isSuperset(of: ["I1", "I3"]), "\(review.rules)")
  }

  @Test("a closed finding edited without a reopening, and a deleted one, are flagged by review pr")
  func decidedRecordChanged() throws {
    let fixture = try ExampleChangeFixture()
    try fixture.edit(Self.closedFinding, "grade: minor", "grade: observation")
    #expect(try fixture.review(Self.closedFinding).rules.contains("I4"))
    try fixture.git(["rm", "-q", Self.closedFinding])
    try fixture.git(ExampleChangeFixture.author + ["commit", "-qm", "Remove a finding"])
    #expect(try fixture.review(Self.closedFinding).rules.contains("I3"))
  }

  @Test("a first surveillance planned past the date the CB set is an error, and the audit cannot proceed")
  func surveillancePastLimit() throws {
    let fixture = try ExampleChangeFixture()
    try fixture.edit(Self.cycle, "new_due: 2026-12-18", "new_due: 2026-12-01")
    let audit = "records/audits/AUD-2026-SURV-02.md"
    #expect(try fixture.validate(audit).rules.contains("R12"))
    let start = try ISMSProcess.run(
      ["audit", "start", "AUD-2026-SURV-02", "--by", "amoreira", "--today", "2026-12-08"], in: fixture.url)
    #expect(start.status == 1)
    #expect(start.stderr.contains("refused (R12)"), "\(start.stderr)")
  }

  @Test("a CB minor cannot be verified 'at the next audit' by naming an internal audit held before it")
  func minorVerifiedAtEarlierInternalAudit() throws {
    let fixture = try ExampleChangeFixture()
    let verify = [
      "finding", "verify", "NC-2025-003", "--by", "amoreira", "--method", "next_audit", "--today",
      "2026-12-09", "--recorded-decision", "CB report of the surveillance audit",
    ]
    let refused = try ISMSProcess.run(verify + ["--audit", "AUD-2025-INT-01"], in: fixture.url)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("refused (R53)"), "\(refused.stderr)")
    let accepted = try ISMSProcess.run(verify + ["--audit", "AUD-2026-SURV-02"], in: fixture.url)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    let text = try String(contentsOf: fixture.url.appendingPathComponent(Self.externalMinor), encoding: .utf8)
    #expect(text.contains("verified_at_audit: AUD-2026-SURV-02"))
  }

  @Test("a control decision changed after certification without a new SoA version")
  func soaAfterCertification() throws {
    let fixture = try ExampleChangeFixture()
    let control = "controls/A.5.1.md"
    try fixture.edit(control, "implementation: implemented", "implementation: partial")
    let review = try fixture.review(control)
    #expect(review.status == 1)
    #expect(review.rules.contains("R22"), "\(review.rules)")
  }

  /// Edits of the example's records, each breaking a rule of the record's integrity.
  static let edits: [String: (path: String, old: String, new: String)] = [
    "status by hand": (finding, "status: action_planned", "status: closed"),
    "decision before stage 2": (cycle, "decision_date: 2025-06-20", "decision_date: 2025-05-20"),
    "history out of order": (closedFinding, "\"on\": 2025-04-22", "\"on\": 2025-03-01"),
    "closed finding regraded": (closedFinding, "grade: minor", "grade: observation"),
    "control after certification": (
      "controls/A.5.1.md", "implementation: implemented", "implementation: partial"
    ),
    "internal audit led by a non-auditor": (
      "records/audits/AUD-2026-INT-01.md", "lead_auditor: pbecker", "lead_auditor: amoreira"
    ),
    "placeholder review input": (
      "records/management-reviews/MR-2026-01.md", "  interested_parties: >-\n",
      "  interested_parties: TBD\n  feedback: >-\n"
    ),
  ]

  @Test(
    "review pr gives the same report with its index as with a full validation", arguments: edits.keys.sorted()
  )
  func incrementalEqualsFull(_ name: String) throws {
    let fixture = try ExampleChangeFixture()
    let edit = try #require(Self.edits[name])
    try fixture.edit(edit.path, edit.old, edit.new)
    let arguments = [
      "review", "pr", "--base", "main", "--format", "json", "--today", ExampleChangeFixture.today,
    ]
    let full = try ISMSProcess.run(arguments, in: fixture.url, environment: ["ISMS_CACHE": "off"])
    #expect(full.status == 1, "\(name): \(full.stdout)")
    for run in ["index built", "index read"] {
      let incremental = try ISMSProcess.run(arguments, in: fixture.url)
      #expect(incremental.stdout == full.stdout, "\(name), \(run)")
      #expect(incremental.status == full.status, "\(name), \(run)")
    }
  }
}
