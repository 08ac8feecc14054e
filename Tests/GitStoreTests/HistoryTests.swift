import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite struct HistoryTests {
  @Test func lastCommitAtOrBeforeUsesExactBoundaries() throws {
    let temp = try TempRepo()
    let c1 = try temp.commit(["a.md": "1"], date: 1000)
    let c2 = try temp.commit(["a.md": "2"], date: 2000)
    let c3 = try temp.commit(["a.md": "3"], date: 3000)
    #expect(try temp.repo.lastCommit(atOrBefore: at(999)) == nil)
    #expect(try temp.repo.lastCommit(atOrBefore: at(1000)) == c1)
    #expect(try temp.repo.lastCommit(atOrBefore: at(1999)) == c1)
    #expect(try temp.repo.lastCommit(atOrBefore: Date(timeIntervalSince1970: 1999.999)) == c1)
    #expect(try temp.repo.lastCommit(atOrBefore: at(2000)) == c2)
    #expect(try temp.repo.lastCommit(atOrBefore: at(3000)) == c3)
    #expect(try temp.repo.lastCommit(atOrBefore: at(9999)) == c3)
    #expect(try temp.repo.lastCommit(atOrBefore: at(2500), from: c2.id) == c2)
    #expect(try temp.repo.lastCommit(atOrBefore: at(2500), from: "HEAD~2") == c1)
  }

  @Test func lastCommitFollowsFirstParentsOnly() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1"], date: 1000)
    try temp.git("checkout", "-q", "-b", "side")
    try temp.write("side.md", "s")
    try temp.git("add", "side.md")
    try temp.git("commit", "-q", "-m", "side", environment: ["GIT_COMMITTER_DATE": "@2500 +0000"])
    try temp.git("checkout", "-q", "main")
    let c2 = try temp.commit(["a.md": "2"], date: 2000)
    try temp.git(
      "merge", "-q", "--no-ff", "-m", "merge side", "side", environment: ["GIT_COMMITTER_DATE": "@3000 +0000"]
    )
    // The side commit (2500) was never the state of main.
    #expect(try temp.repo.lastCommit(atOrBefore: at(2600)) == c2)
    #expect(try temp.repo.lastCommit(atOrBefore: at(3000))?.summary == "merge side")
  }

  @Test func historyOfAPathAgreesWithGitLog() throws {
    let temp = try TempRepo()
    try temp.commit(["isms/a.md": "1", "isms/b.md": "1"], date: 1000)
    try temp.commit(["isms/b.md": "2"], date: 1100)
    try temp.commit(["isms/a.md": "2"], date: 1200)
    try temp.git("checkout", "-q", "-b", "side")
    try temp.commit(["isms/a.md": "side"], date: 1300)
    try temp.commit(["isms/c.md": "side"], date: 1350)
    try temp.git("checkout", "-q", "main")
    try temp.commit(["isms/b.md": "3"], date: 1400)
    try temp.git(
      "merge", "-q", "--no-ff", "-m", "merge", "side", environment: ["GIT_COMMITTER_DATE": "@1500 +0000"])
    try temp.commit(["isms/a.md": nil], date: 1600)
    try temp.commit(["isms/a.md": "back"], date: 1700)

    for path in ["a.md", "b.md", "c.md", "missing.md", ""] {
      let ours = try temp.repo.history(of: path, root: "isms").map(\.id)
      let witness = try temp.git(
        "log", "--date-order", "--format=%H", "--", path.isEmpty ? "isms" : "isms/" + path)
      #expect(ours == witness.split(separator: "\n").map(String.init), "\(path)")
    }
    #expect(try temp.repo.history(of: "a.md", root: "isms", limit: 2).count == 2)
    let fromMerge = try temp.git("log", "--date-order", "--format=%H", "HEAD~2", "--", "isms/a.md")
    #expect(
      try temp.repo.history(of: "a.md", root: "isms", from: "HEAD~2").map(\.id).joined(separator: "\n")
        == fromMerge)
    #expect(throws: GitError.invalidPath("../x", reason: "it may not use . or ..")) {
      try temp.repo.history(of: "../x", root: "isms")
    }
    #expect(throws: GitError.unknownRevision("nope")) { try temp.repo.history(of: "a.md", from: "nope") }
  }
}
