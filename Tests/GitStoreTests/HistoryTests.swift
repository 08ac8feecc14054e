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

  /// A history with merges (one taking each side, one changing a file on both sides), a file
  /// deleted and added back, a mode change, and a folder of many files.
  private func busyHistory() throws -> TempRepo {
    let temp = try TempRepo()
    var files: [String: String?] = ["isms/a.md": "1", "isms/b.md": "1", "isms/c/x.md": "1"]
    for number in 0..<12 { files["isms/risks/R\(number).md"] = "r\(number)" }
    try temp.commit(files, date: 1000)
    try temp.commit(["isms/risks/R3.md": "r3 v2", "isms/b.md": "2"], date: 1100)
    try temp.git("checkout", "-q", "-b", "side")
    try temp.commit(["isms/a.md": "side", "isms/risks/R5.md": "side"], date: 1200)
    try temp.git("checkout", "-q", "main")
    try temp.commit(["isms/risks/R7.md": nil, "isms/c/x.md": "2"], date: 1300)
    try temp.git(
      "merge", "-q", "--no-ff", "-m", "merge side", "side", environment: ["GIT_COMMITTER_DATE": "@1400 +0000"]
    )
    try temp.git("checkout", "-q", "-b", "other", "HEAD~1")
    try temp.commit(["isms/b.md": "other", "isms/risks/R9.md": "other"], date: 1500)
    try temp.git("checkout", "-q", "main")
    try temp.commit(["isms/b.md": "main", "isms/risks/R7.md": "back"], date: 1600)
    // Both sides changed b.md: the merge takes neither, so it differs from both parents.
    _ = try? temp.git(
      "merge", "-q", "--no-ff", "-m", "merge other", "other",
      environment: ["GIT_COMMITTER_DATE": "@1700 +0000"])
    try temp.write("isms/b.md", "resolved")
    try temp.git("add", "isms/b.md")
    try temp.git("commit", "-q", "--no-edit", environment: ["GIT_COMMITTER_DATE": "@1700 +0000"])
    try temp.git("update-index", "--chmod=+x", "isms/risks/R1.md")
    try temp.git("commit", "-q", "-m", "mode", environment: ["GIT_COMMITTER_DATE": "@1800 +0000"])
    try temp.git("rm", "-q", "-r", "isms/c")
    try temp.git("commit", "-q", "-m", "drop c", environment: ["GIT_COMMITTER_DATE": "@1900 +0000"])
    try temp.git("checkout", "-q", "HEAD~1", "--", "isms/c")
    try temp.git("commit", "-q", "-m", "c back", environment: ["GIT_COMMITTER_DATE": "@2000 +0000"])
    return temp
  }

  @Test func revisionsOfManyPathsAgreeWithGitLogPathByPath() throws {
    let temp = try busyHistory()
    var paths = ["a.md", "b.md", "c/x.md", "c", "", "missing.md", "risks"]
    for number in 0..<13 { paths.append("risks/R\(number).md") }
    let revisions = try temp.repo.revisions(of: paths, root: "isms")
    #expect(Set(revisions.keys) == Set(paths))
    for path in paths {
      let full = path.isEmpty ? "isms" : "isms/" + path
      let witness = try temp.git("log", "--date-order", "--format=%H", "--", full)
      let ours = revisions[path] ?? []
      #expect(ours.map(\.commit.id) == witness.split(separator: "\n").map(String.init), "\(path)")
      #expect(ours.map(\.commit.id) == (try temp.repo.history(of: path, root: "isms").map(\.id)), "\(path)")
      for revision in ours {
        let listed = try temp.git("ls-tree", revision.commit.id, "--", full)
        let blob = listed.hasPrefix("100") ? String(listed.split(separator: " ")[2].prefix(40)) : nil
        #expect(revision.blobID == blob, "\(path) at \(revision.commit.id)")
      }
    }
    #expect(revisions["risks/R1.md"]?.first?.commit.summary == "mode")
    #expect(revisions["b.md"]?.first?.commit.summary == "merge other")
    let limited = try temp.repo.revisions(of: paths, root: "isms", limit: 1)
    for path in paths {
      let first: [String] = (revisions[path] ?? []).prefix(1).map(\.commit.id)
      #expect((limited[path] ?? []).map(\.commit.id) == first, "\(path)")
    }
  }

  @Test func documentHistoriesParseEachVersion() throws {
    let temp = try TempRepo()
    let text = { (version: String) in "---\nid: POL-001\nkind: policy\nversion: \"\(version)\"\n---\nBody\n" }
    try temp.commit(["p.md": text("1.0")], date: 1000)
    try temp.commit(["p.md": "no front-matter"], date: 1100)
    try temp.commit(["p.md": text("1.0")], date: 1200)
    try temp.commit(["p.md": nil], date: 1300)
    let history = try #require(try temp.repo.documentHistories(of: ["p.md"])["p.md"])
    #expect(history.map { $0.document?.fields.string("version") } == [nil, "1.0", nil, "1.0"])
    #expect(history.map(\.commitID) == (try temp.repo.history(of: "p.md").map(\.id)))
  }
  @Test func documentHistoriesReadCachedVersionsWithoutTheirBlobs() throws {
    let temp = try TempRepo()
    let text = { (version: String) in
      "---\nid: POL-001\nkind: policy\nversion: \"\(version)\"\n---\nBody \(version)\n"
    }
    try temp.commit(["p.md": text("1.0")], date: 1000)
    try temp.commit(["p.md": "---\nid: [\n---\n"], date: 1100)
    try temp.commit(["p.md": text("2.0")], date: 1200)
    let uncached = try #require(try temp.repo.documentHistories(of: ["p.md"])["p.md"])
    #expect(!FileManager.default.fileExists(atPath: temp.repo.frontMatterCacheDirectory))
    temp.repo.enableFrontMatterCache()
    let first = try #require(try temp.repo.documentHistories(of: ["p.md"])["p.md"])
    #expect(first.map(\.document) == uncached.map(\.document))
    // Without the blobs, only the cache can give the versions back, and it gives the same.
    let blobs = try temp.repo.revisions(of: ["p.md"])["p.md", default: []].compactMap(\.blobID)
    #expect(blobs.count == 3)
    for blob in blobs {
      try FileManager.default.removeItem(
        atPath: temp.path + "/.git/objects/" + blob.prefix(2) + "/" + blob.dropFirst(2))
    }
    let second = try #require(try temp.repo.documentHistories(of: ["p.md"])["p.md"])
    #expect(second.map(\.document) == uncached.map(\.document))
    // Old versions keep the fingerprint of their body, not the body.
    let fingerprint = { (version: String) in
      DocumentText.read(Data(text(version).utf8), path: "p.md")?.bodyFingerprint
    }
    #expect(second.map { $0.document?.body } == ["", nil, ""])
    #expect(second.map { $0.document?.bodyFingerprint } == [fingerprint("2.0"), nil, fingerprint("1.0")])
  }
}
