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

  @Test("follows a document deleted and added back, across merges, as git log does")
  func deletedAndAddedBack() throws {
    let fixture = try ReviewFixture()
    let control = "controls/A.5.1.md"
    let file = fixture.url.appendingPathComponent(control)
    try fixture.git(["checkout", "-q", "-b", "side"])
    try fixture.append("\nSide note.\n", to: control)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Side note"])
    try fixture.git(["checkout", "-q", "main"])
    try fixture.append("\nUnrelated.\n", to: "scope.md")
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Scope"])
    try fixture.git(ReviewFixture.ada + ["merge", "-q", "--no-ff", "-m", "Merge side", "side"])
    let saved = try Data(contentsOf: file)
    try fixture.git(["rm", "-q", control])
    try fixture.git(ReviewFixture.ada + ["commit", "-qm", "Drop A.5.1"])
    try saved.write(to: file)
    try fixture.append("\nBack.\n", to: control)
    try fixture.git(["add", control])
    try fixture.git(ReviewFixture.ada + ["commit", "-qm", "Restore A.5.1"])

    let result = try fixture.isms(["review", "log", "A.5.1", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let entries = try #require(try ReviewFixture.json(result.stdout)["entries"] as? [[String: Any]])
    let witness = try fixture.git(["log", "--date-order", "--format=%H", "--", control])
    #expect(entries.compactMap { $0["commit"] as? String } == witness.split(separator: "\n").map(String.init))
    #expect(
      entries.map { $0["summary"] as? String }.prefix(3) == ["Restore A.5.1", "Drop A.5.1", "Side note"])
    #expect(entries.map { $0["event"] as? String }.prefix(3) == ["created", "deleted", "edited"])
  }

  @Test("finds a document by id, path or id in another case, whatever file holds it")
  func references() throws {
    let fixture = try ReviewFixture()
    // A file named after one id that holds another must not capture the first.
    try Data("---\nid: POL-009\nkind: policy\ntitle: Decoy\n---\nText.\n".utf8).write(
      to: fixture.url.appendingPathComponent("policies/POL-001.md"))
    try Data("---\nid: [\n---\n".utf8).write(to: fixture.url.appendingPathComponent("policies/broken.md"))
    try fixture.git(["add", "policies"])
    try fixture.git(ReviewFixture.ada + ["commit", "-qm", "Decoy"])
    try Data("---\nid: RISK-099\nkind: risk\ntitle: New\n---\n".utf8).write(
      to: fixture.url.appendingPathComponent("risks/RISK-099.md"))

    func path(_ arguments: [String]) throws -> String? {
      let result = try fixture.isms(["review", "log"] + arguments + ["--format", "json"])
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      return try ReviewFixture.json(result.stdout)["path"] as? String
    }
    for reference in ["POL-001", "pol-001", ReviewFixture.policy] {
      #expect(try path([reference]) == ReviewFixture.policy, "\(reference)")
    }
    #expect(try path(["POL-009"]) == "policies/POL-001.md")
    #expect(try path(["policies/POL-001.md"]) == "policies/POL-001.md")
    for reference in ["A.5.1", "a.5.1", "controls/A.5.1.md"] {
      #expect(try path([reference]) == "controls/A.5.1.md", "\(reference)")
      #expect(try path([reference, "--rev", "HEAD"]) == "controls/A.5.1.md", "\(reference)")
    }
    #expect(try path(["RISK-099"]) == "risks/RISK-099.md")

    let unknown = try fixture.isms(["review", "log", "NOPE"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no document with id or path 'NOPE' in the ISMS"))
    let broken = try fixture.isms(["review", "log", "policies/broken.md"])
    #expect(broken.status == 1)
    #expect(broken.stderr.contains("policies/broken.md:3: YAML syntax error"), "\(broken.stderr)")
    let untracked = try fixture.isms(["review", "log", "RISK-099", "--rev", "HEAD"])
    #expect(untracked.status == 1)
  }
}
