import Foundation
import Testing

@Suite("isms review approve")
struct ReviewApproveTests {
  @Test("a person without the role is refused (R37) and nothing is written")
  func refusesWithoutRole() throws {
    let fixture = try ReviewFixture()
    let before = try fixture.head()
    let result = try fixture.isms(["review", "approve", "POL-001", "--by", "dkoch", "--today", "2026-01-12"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("refused (R37): POL-001 needs approval by top-management; dkoch holds ciso"))
    #expect(try fixture.head() == before)
    #expect(try fixture.git(["status", "--porcelain"]) == "")
  }

  @Test("the author of the changes is refused (segregation of duties) and nothing is written")
  func refusesSelfApproval() throws {
    let fixture = try ReviewFixture()
    try fixture.append("\nWe also protect paper records.\n", to: ReviewFixture.policy)
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Extend the policy"])
    let before = try fixture.head()
    let result = try fixture.isms(["review", "approve", "POL-001", "--by", "ada", "--today", "2026-01-12"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("refused (I5): ada changed POL-001"))
    #expect(result.stderr.contains("it can be approved by mweber (Marta Weber)"))
    #expect(try fixture.head() == before)
    #expect(try fixture.git(["status", "--porcelain"]) == "")
  }

  @Test("an approval is one commit by the approver with trailers, touching only the document")
  func approves() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let log = try fixture.git(["log", "-1", "--format=%an <%ae>|%ad|%(trailers:only,unfold)", "--date=short"])
    #expect(
      log.hasPrefix(
        "Marta Weber <marta@acme.example>|2026-01-12|ISMS-Approval: POL-001\nISMS-Approved-Version: 0.1"))
    #expect(try fixture.git(["show", "--format=", "--name-only", "HEAD"]) == ReviewFixture.policy + "\n")
    let text = try String(
      contentsOf: fixture.url.appendingPathComponent(ReviewFixture.policy), encoding: .utf8)
    for line in [
      "status: approved", "approved_by: mweber", "approved_on: 2026-01-12", "effective: 2026-01-12",
      "last_review: 2026-01-12", "next_review: 2027-01-12",
    ] {
      #expect(text.contains("\n\(line)\n"))
    }
    #expect(try fixture.git(["status", "--porcelain"]) == "")
    let validate = try fixture.isms(["validate", "--today", "2026-01-12"])
    #expect(validate.status == 0, "\(validate.stdout)")
    let again = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-13"])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already approved"))
  }

  @Test("a body edit after approval leaves the document unapproved; review log and review pr say so")
  func editAfterApproval() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let approval = try fixture.head().trimmingCharacters(in: .whitespacesAndNewlines)
    try fixture.append("\nA new paragraph.\n", to: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Edit the policy"])

    let log = try ReviewFixture.json(
      try fixture.isms(["review", "log", "POL-001", "--format", "json"]).stdout)
    let state = try #require(log["approval"] as? [String: Any])
    #expect(state["covers_current"] as? Bool == false)
    #expect(state["commit"] as? String == approval)
    #expect(state["changed_since"] as? [String] == ["body"])
    let text = try fixture.isms(["review", "log", "POL-001"]).stdout
    #expect(text.contains("NOT approved"))

    let pr = try fixture.isms([
      "review", "pr", "--base", approval, "--format", "json", "--today", "2026-01-13",
    ])
    let review = try ReviewFixture.json(pr.stdout)
    let documents = try #require(review["documents"] as? [[String: Any]])
    #expect(documents.first?["approval"] as? String == "needed")
    #expect(documents.first?["body_changed"] as? Bool == true)

    let stale = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-14"])
    #expect(stale.status == 1)
    #expect(stale.stderr.contains("refused (R36)"))
  }

  @Test("uncommitted changes are refused, naming the runner when they would author them")
  func refusesDirty() throws {
    let fixture = try ReviewFixture()
    try fixture.append("\nDraft text.\n", to: ReviewFixture.policy)
    let before = try fixture.head()
    let result = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-12"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("has uncommitted changes"))
    try fixture.git(["config", "user.email", "marta@acme.example"])
    let own = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-12"])
    #expect(own.status == 1)
    #expect(
      own.stderr.contains(
        "refused (I5): mweber changed POL-001 since its last approval (the working tree)"))
    #expect(try fixture.head() == before)
    #expect(try fixture.git(["status", "--porcelain"]) == " M \(ReviewFixture.policy)\n")
  }
}
