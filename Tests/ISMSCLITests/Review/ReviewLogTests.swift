import Foundation
import Testing

@Suite("isms review log")
struct ReviewLogTests {
  @Test("lists the same commits as git log for the path, with events and versions")
  func agreesWithGitLog() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    try fixture.git(["checkout", "-q", "-b", "side"])
    try fixture.replace("version: \"0.1\"", with: "version: \"0.2\"", in: ReviewFixture.policy)
    try fixture.append("\nSide branch text.\n", to: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Revise on a branch"])
    try fixture.git(["checkout", "-q", "main"])
    try fixture.append("\nUnrelated.\n", to: "scope.md")
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Scope"])
    try fixture.git(ReviewFixture.ada + ["merge", "-q", "--no-ff", "-m", "Merge side", "side"])

    let result = try fixture.isms(["review", "log", "POL-001", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let log = try ReviewFixture.json(result.stdout)
    let entries = try #require(log["entries"] as? [[String: Any]])
    let ids = entries.compactMap { $0["commit"] as? String }
    let witness = try fixture.git(["log", "--format=%H", "--", ReviewFixture.policy])
    #expect(ids == witness.split(separator: "\n").map(String.init))
    #expect(entries.map { $0["event"] as? String } == ["edited", "approval", "created"])
    #expect(entries.first?["version"] as? String == "0.2")
    #expect(entries.first?["person"] as? String == "dkoch")
    #expect(entries[1]["date"] as? String == "2026-01-12T12:00:00Z")
    #expect(log["uncommitted_changes"] as? Bool == false)
  }
}
