import Foundation
import Testing

@Suite("isms review pr")
struct ReviewPRTests {
  @Test("a branch that edits a policy without a version bump is flagged; with a bump it passes")
  func versionBump() throws {
    let fixture = try ReviewFixture()
    try fixture.git(["checkout", "-q", "-b", "edit-policy"])
    try fixture.append("\nWe also protect paper records.\n", to: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Extend the policy"])

    let flagged = try fixture.isms(["review", "pr", "--base", "main", "--today", "2026-01-12"])
    #expect(flagged.status == 1, "\(flagged.stderr)")
    #expect(flagged.stdout.contains("**R36** `\(ReviewFixture.policy):5`"))
    #expect(flagged.stdout.contains("but version stays 0.1"))

    try fixture.replace("version: \"0.1\"", with: "version: \"0.2\"", in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Raise the version"])
    let passed = try fixture.isms([
      "review", "pr", "--base", "main", "--format", "json", "--today", "2026-01-12",
    ])
    #expect(passed.status == 0, "\(passed.stdout)")
    let review = try ReviewFixture.json(passed.stdout)
    #expect(review["passed"] as? Bool == true)
    #expect(review["commits"] as? Int == 2)
    let documents = try #require(review["documents"] as? [[String: Any]])
    #expect(documents.count == 1)
    let fields = try #require(documents.first?["fields"] as? [[String: Any]])
    #expect(fields.first?["field"] as? String == "version")
    #expect(fields.first?["old"] as? String == "\"0.1\"")
    #expect(fields.first?["new"] as? String == "\"0.2\"")
    #expect(documents.first?["body_changed"] as? Bool == true)
  }

  @Test("approvers exclude the change's authors; a retired document reopened breaks d4")
  func approversAndLifecycle() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    try fixture.git(["checkout", "-q", "-b", "retire"])
    try fixture.replace(
      "status: approved\n", with: "status: retired\nretired_reason: replaced\n", in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Retire the policy"])
    let retire = try fixture.isms([
      "review", "pr", "--base", "main", "--format", "json", "--today", "2026-01-12",
    ])
    let review = try ReviewFixture.json(retire.stdout)
    let approvals = try #require(review["approvals"] as? [[String: Any]])
    #expect(approvals.first?["people"] as? [String] == ["mweber"])
    #expect(approvals.first?["handles"] as? [String] == ["@mweber"])

    try fixture.git(["checkout", "-q", "main"])
    try fixture.git(["merge", "-q", "retire"])
    try fixture.git(["checkout", "-q", "-b", "reopen"])
    try fixture.replace("status: retired\n", with: "status: draft\n", in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Reopen"])
    let reopen = try fixture.isms(["review", "pr", "--base", "main", "--today", "2026-01-12"])
    #expect(reopen.status == 1)
    #expect(reopen.stdout.contains("**d4**"))
  }

  @Test("github format gives workflow annotations with paths from the repository top")
  func githubFormat() throws {
    let fixture = try ReviewFixture(subfolder: "isms")
    try fixture.git(["checkout", "-q", "-b", "edit"])
    try fixture.append("\nMore.\n", to: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Edit"])
    let result = try fixture.isms([
      "review", "pr", "--base", "main", "--format", "github", "--today", "2026-01-12",
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains("::error file=isms/\(ReviewFixture.policy),line=5,title=isms R36::"))
  }
}
