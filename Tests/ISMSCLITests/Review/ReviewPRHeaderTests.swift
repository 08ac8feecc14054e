import Foundation
import Testing

@Suite("isms review pr: who made the commits, and a stale local base (#23)")
struct ReviewPRHeaderTests {
  static let marta = ["-c", "user.name=Marta Weber", "-c", "user.email=marta@acme.example"]

  @Test("the header counts commits by their own author and names people by id and name")
  func countsByAuthor() throws {
    let fixture = try ReviewFixture()
    try fixture.git(["checkout", "-q", "-b", "edit-policy"])
    try fixture.replace("version: \"0.1\"", with: "version: \"0.2\"", in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Raise the version"])
    try fixture.approvePolicy()
    let review = try fixture.isms(["review", "pr", "--base", "main", "--today", "2026-01-12"])
    #expect(review.status == 0, "\(review.stdout)")
    #expect(review.stdout.contains("2 commits: 1 by dkoch (Dirk Koch), 1 by mweber (Marta Weber)."))
    #expect(!review.stdout.contains("by dirk@acme.example"))
  }

  @Test("a local base behind origin/BASE is replaced by it, and the review says so")
  func staleBase() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let old = try fixture.head().trimmingCharacters(in: .whitespacesAndNewlines)
    try fixture.replace("# ", with: "# The ", in: "scope.md")
    try fixture.git(Self.marta + ["commit", "-qam", "Marta edits the scope"])
    let upstream = try fixture.head().trimmingCharacters(in: .whitespacesAndNewlines)
    try fixture.git(["update-ref", "refs/remotes/origin/main", upstream])
    try fixture.git(["checkout", "-q", "-b", "edit-policy"])
    try fixture.git(["branch", "-f", "main", old])
    try fixture.replace("version: \"0.1\"", with: "version: \"0.2\"", in: ReviewFixture.policy)
    try fixture.append("\nWe also protect paper records.\n", to: ReviewFixture.policy)
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Extend the policy"])
    // Without the swap, Marta's upstream commit would make her an author: nobody left to approve.
    let review = try fixture.isms(["review", "pr", "--base", "main", "--today", "2026-01-12"])
    #expect(
      review.stdout.contains("the local main is 1 commit behind origin/main: compared with origin/main"))
    #expect(review.stdout.contains("1 commit: 1 by ada (Ada Owner)."))
    #expect(!review.stdout.contains("nobody eligible"))
    #expect(review.stdout.contains("top-management — mweber"))
  }
}
