import Foundation
import Testing

@Suite("record integrity: who made a change")
struct RecordIdentityTests {
  @Test("an approval run by someone other than the approver is refused (R35) and nothing is written")
  func approvalByAnotherRunnerRefused() throws {
    let fixture = try ReviewFixture()
    let before = try fixture.head()
    let result = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-12"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("refused (R35): the approval of POL-001 is recorded in mweber's name"),
      "\(result.stderr)")
    #expect(result.stderr.contains("--recorded-decision"))
    #expect(try fixture.head() == before)
    #expect(try fixture.git(["status", "--porcelain"]) == "")
  }

  @Test("a decision recorded from elsewhere: author the approver, committer the runner, reference as trailer")
  func recordedDecision() throws {
    let fixture = try ReviewFixture()
    let result = try fixture.isms([
      "review", "approve", "POL-001", "--by", "mweber", "--recorded-decision",
      "Board minutes 2026-01-12 item 3",
      "--today", "2026-01-12",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let log = try fixture.git([
      "log", "-1", "--format=%an <%ae>|%cn <%ce>|%(trailers:key=ISMS-Recorded-Decision,valueonly,unfold)",
    ])
    #expect(
      log.hasPrefix(
        "Marta Weber <marta@acme.example>|Test Runner <runner@example.test>|Board minutes 2026-01-12 item 3"),
      "\(log)")
    let trailers = try fixture.git(["log", "-1", "--format=%(trailers:only,unfold)"])
    #expect(trailers.contains("ISMS-Approval: POL-001\n"))
  }

  @Test("the approver running isms commits as themselves")
  func approverCommits() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let log = try fixture.git(["log", "-1", "--format=%an <%ae>|%cn <%ce>"])
    #expect(log == "Marta Weber <marta@acme.example>|Marta Weber <marta@acme.example>\n")
  }

  @Test("a change made for someone else records the runner as committer and --by as author")
  func runnerIsCommitter() throws {
    let fixture = try ReviewFixture()
    let result = try fixture.isms(["review", "record", "RISK-001", "--by", "ada", "--today", "2026-03-01"])
    #expect(result.status == 0, "\(result.stderr)")
    let log = try fixture.git(["log", "-1", "--format=%an <%ae>|%cn <%ce>"])
    #expect(log == "Ada Owner <ada@acme.example>|Test Runner <runner@example.test>\n")
  }

  @Test(
    "verifying or closing a finding, finalising a management review and a CB decision are decisions of --by",
    arguments: [
      ["finding", "verify", "NC-2026-001", "--by", "mweber"],
      ["finding", "close", "NC-2026-001", "--by", "mweber", "--isms-change", "none"],
      ["management-review", "finalize", "MR-2026-01", "--by", "mweber"],
      ["cycle", "event", "grant", "--by", "mweber", "--decision-date", "2026-03-01"],
    ])
  func workflowDecisions(arguments: [String]) throws {
    let fixture = try ReviewFixture()
    let result = try fixture.isms(arguments + ["--today", "2026-03-01"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("refused (R35)"), "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "is recorded in mweber's name, but isms runs as Test Runner <runner@example.test>"))
  }

  @Test("review pr flags an approval committed by someone else without a recorded decision (R35)")
  func pullRequestApprovalIdentity() throws {
    let fixture = try ReviewFixture()
    try fixture.git(["checkout", "-q", "-b", "approve"])
    let approve = try fixture.isms([
      "review", "approve", "POL-001", "--by", "mweber", "--recorded-decision", "Minutes 7", "--today",
      "2026-01-12",
    ])
    #expect(approve.status == 0, "\(approve.stderr)")
    let recorded = try fixture.isms([
      "review", "pr", "--base", "main", "--format", "json", "--today", "2026-01-12",
    ])
    #expect(recorded.status == 0, "\(recorded.stdout)")

    // The same approval with its reference dropped: Marta authored it, the runner committed it.
    let message = try fixture.git(["log", "-1", "--format=%B"])
      .replacingOccurrences(of: "ISMS-Recorded-Decision: Minutes 7\n", with: "")
    try fixture.git(["commit", "-q", "--amend", "-m", message])
    #expect(try fixture.git(["log", "-1", "--format=%an|%cn"]) == "Marta Weber|Test Runner\n")
    let flagged = try fixture.isms([
      "review", "pr", "--base", "main", "--format", "json", "--today", "2026-01-12",
    ])
    #expect(flagged.status == 1)
    let review = try ReviewFixture.json(flagged.stdout)
    let findings = try #require(review["findings"] as? [[String: Any]])
    #expect(
      findings.contains {
        $0["rule"] as? String == "R35"
          && ($0["message"] as? String)?.contains("committed it with no ISMS-Recorded-Decision") == true
      }, "\(findings)")
  }
}
