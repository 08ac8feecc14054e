import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite struct SnapshotTests {
  @Test func anISMSRootInASubfolder() throws {
    let temp = try TempRepo()
    let commit = try temp.commit(
      ["policies/POL-001.md": "p", "controls/A.5.md": "c"], root: "handbook/isms/")
    try temp.commit(["README.md": "outside", "handbook/other.md": "outside"])
    #expect(temp.read("handbook/isms/policies/POL-001.md") == "p")
    let snapshot = try temp.repo.snapshot(at: "HEAD", root: "handbook/isms")
    #expect(snapshot.entries.map(\.path) == ["controls/A.5.md", "policies/POL-001.md"])
    #expect(try snapshot.contents(of: "controls/A.5.md") == Data("c".utf8))
    #expect(try temp.repo.history(of: "policies/POL-001.md", root: "handbook/isms").map(\.id) == [commit.id])
    let working = try temp.repo.workingTreeSnapshot(root: "handbook/isms")
    #expect(working.entries == snapshot.entries)
    #expect(throws: GitError.self) { try temp.repo.snapshot(at: "HEAD", root: "nowhere") }
  }

  @Test func symbolicLinksAreNeverListed() throws {
    let temp = try TempRepo()
    try temp.commit(["real.md": "r", "sub/inner.md": "i"])
    let outside = temp.path + "-outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try Data("secret".utf8).write(to: URL(fileURLWithPath: outside + "/secret.md"))
    try FileManager.default.createSymbolicLink(atPath: temp.path + "/link.md", withDestinationPath: "real.md")
    try FileManager.default.createSymbolicLink(atPath: temp.path + "/escape", withDestinationPath: outside)
    try temp.git("add", "link.md", "escape")
    try temp.git("commit", "-q", "-m", "links")
    #expect(try temp.git("ls-tree", "HEAD", "link.md").hasPrefix("120000"))

    let tree = try temp.repo.snapshot(at: "HEAD", root: "")
    #expect(tree.entries.map(\.path) == ["real.md", "sub/inner.md"])
    let working = try temp.repo.workingTreeSnapshot(root: "")
    #expect(working.entries.map(\.path) == ["real.md", "sub/inner.md"])
    #expect(throws: GitError.self) { try working.contents(of: "link.md") }
    #expect(throws: GitError.self) { try temp.repo.workingTreeSnapshot(root: "escape") }
    #expect(throws: GitError.self) { try temp.commit(["link.md": "overwrite"]) }
    #expect(throws: GitError.self) { try temp.commit(["escape/secret.md": "overwrite"]) }
    #expect(FileManager.default.contents(atPath: outside + "/secret.md") == Data("secret".utf8))
  }

  @Test func workingTreeListsUntrackedSkipsIgnoredAndMatchesHeadIDs() throws {
    let temp = try TempRepo()
    try temp.commit([".gitignore": "*.tmp\nbuild/\n", "a.md": "a", "b.md": "b"])
    try temp.write("b.md", "edited")
    try temp.write("untracked.md", "u")
    try temp.write("scratch.tmp", "ignored")
    try temp.write("build/out.md", "ignored folder")
    try temp.write("forced.tmp", "tracked although ignored")
    try temp.git("add", "-f", "forced.tmp")
    let head = try temp.repo.snapshot(at: "HEAD", root: "")
    let working = try temp.repo.workingTreeSnapshot(root: "")
    #expect(working.origin == "working tree")
    #expect(working.entries.map(\.path) == [".gitignore", "a.md", "b.md", "forced.tmp", "untracked.md"])
    let headIDs = Dictionary(uniqueKeysWithValues: head.entries.map { ($0.path, $0.blobID) })
    let workIDs = Dictionary(uniqueKeysWithValues: working.entries.map { ($0.path, $0.blobID) })
    #expect(workIDs["a.md"] == headIDs["a.md"])
    #expect(workIDs["b.md"] != headIDs["b.md"])
    #expect(workIDs["untracked.md"] == (try temp.git("hash-object", "untracked.md")))
    #expect(try working.contents(of: "b.md") == Data("edited".utf8))
    #expect(working.entries.first { $0.path == "b.md" }?.size == 6)
  }

  @Test func aFileGoneBeforeItIsHashedIsTakenAsGone() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "a"])
    #expect(try blobIDOfFile(at: temp.path + "/never-there.md") == nil)
    #expect(try blobIDOfFile(at: temp.path + "/a.md")?.hex == (try temp.git("hash-object", "a.md")))
  }

  // Another writer's temporary files appear and vanish while the tree is scanned; CI once saw
  // a snapshot fail on one removed between the scan and the hashing.
  @Test func snapshotsTakenWhileFilesComeAndGoNeverFail() throws {
    let temp = try TempRepo()
    try temp.commit(["risks/RSK-001.md": "r"])
    let folder = temp.path + "/risks"
    let stop = LockedFlag()
    let churn = Thread {
      var round = 0
      while !stop.isSet {
        round += 1
        let temporary = folder + "/.isms-churn-\(round).tmp"
        _ = FileManager.default.createFile(atPath: temporary, contents: Data(repeating: 65, count: 4096))
        _ = rename(temporary, folder + "/RSK-002.md")
        unlink(folder + "/RSK-002.md")
      }
    }
    churn.start()
    defer { stop.set() }
    for _ in 0..<300 {
      let working = try temp.repo.workingTreeSnapshot(root: "")
      #expect(working.entries.contains { $0.path == "risks/RSK-001.md" })
    }
  }
}

/// A flag one thread sets and another reads.
private final class LockedFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
