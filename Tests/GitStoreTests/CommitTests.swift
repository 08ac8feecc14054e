import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite struct CommitTests {
  @Test func commitsAndReadsBackAtOlderRevisions() throws {
    let temp = try TempRepo()
    let first = try temp.commit(
      ["a.md": "one\n", "dir/b.md": "bee\n"], message: "First\n\nISMS-Review: POL-001", date: 1000)
    try temp.git("tag", "v1")
    try temp.git("tag", "-a", "v1-annotated", "-m", "annotated")
    let second = try temp.commit(
      ["a.md": "two\n", "dir/b.md": nil, "c.md": ""], message: "Second", date: 2000)

    #expect(second.parentIDs == [first.id])
    #expect(first.parentIDs.isEmpty)
    #expect(first.author == alice && first.committer == alice)
    #expect(first.authorDate == at(1000) && first.authorTimeZoneOffsetMinutes == 60)
    #expect(first.trailers == [.init(key: "ISMS-Review", value: "POL-001")])
    #expect(first.message == "First\n\nISMS-Review: POL-001\n")

    let head = try temp.repo.snapshot(at: "HEAD", root: "")
    #expect(head.commit == second && head.origin == second.id)
    #expect(head.entries.map(\.path) == ["a.md", "c.md"])
    #expect(head.entries.map(\.size) == [4, 0])
    #expect(try head.contents(of: "a.md") == Data("two\n".utf8))
    #expect(try head.contents(of: "c.md") == Data())
    #expect(throws: GitError.self) { try head.contents(of: "dir/b.md") }

    for revision in ["HEAD~1", "v1", "v1-annotated", String(first.id.prefix(8)), first.id, "main~1"] {
      let old = try temp.repo.snapshot(at: revision, root: "")
      #expect(old.commit.id == first.id, "\(revision)")
      #expect(old.entries.map(\.path) == ["a.md", "dir/b.md"])
      #expect(try old.contents(of: "dir/b.md") == Data("bee\n".utf8))
      let blob = try #require(old.entries.first?.blobID)
      #expect(try old.contents(ofBlob: blob) == Data("one\n".utf8))
    }
    // The working tree and index follow the commit.
    #expect(temp.read("a.md") == "two\n")
    #expect(temp.read("dir/b.md") == nil)
    #expect(!FileManager.default.fileExists(atPath: temp.path + "/dir"))
    #expect(try temp.git("status", "--porcelain") == "")
    #expect(
      try temp.git("log", "--format=%an <%ae> %at %s")
        == "Alice Auditor <alice@example.org> 2000 Second\nAlice Auditor <alice@example.org> 1000 First")
  }

  @Test func firstCommitIsTheRootCommitOnMainWhateverTheConfigSays() throws {
    let temp = try TempRepo()
    // The witness proves the environment asks for another default branch.
    let other = temp.path + "-plain"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: other) }
    try runGit(["init", "-q"], in: other)
    #expect(try runGit(["symbolic-ref", "HEAD"], in: other) == "refs/heads/trunk")

    let root = try temp.commit(["a.md": "1"])
    #expect(root.parentIDs.isEmpty)
    #expect(try temp.git("symbolic-ref", "HEAD") == "refs/heads/main")
    #expect(try temp.git("rev-parse", "main") == root.id)
    #expect(try temp.git("rev-list", "--count", "HEAD") == "1")
  }

  @Test func fsckIsCleanAfterOurCommits() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1", "x/y/z.md": "deep"], date: 1000)
    try temp.commit(["a.md": "2", "x/y/z.md": nil, "run.sh": "#!/bin/sh\n"], date: 2000)
    try temp.commit(["handbook/isms/p.md": "p"], root: "", message: "Third\n\nISMS-Review: X", date: 3000)
    try temp.git("fsck", "--strict", "--no-progress")
    #expect(try temp.git("status", "--porcelain") == "")
  }

  @Test func keepsTheExecutableBit() throws {
    let temp = try TempRepo()
    try temp.write("run.sh", "#!/bin/sh\n")
    try temp.git("add", "--chmod=+x", "run.sh")
    try temp.git("commit", "-q", "-m", "script")
    try temp.git("checkout", "--", "run.sh")
    try temp.commit(["run.sh": "#!/bin/sh\necho\n"])
    #expect(try temp.git("ls-tree", "HEAD", "run.sh").hasPrefix("100755"))
    #expect(FileManager.default.isExecutableFile(atPath: temp.path + "/run.sh"))
    #expect(try temp.git("status", "--porcelain") == "")
  }

  @Test func refusesDirtyFilesAndChangesNothing() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1", "b.md": "1", "c.md": "1"])

    try temp.write("a.md", "local edit")
    var before = try temp.state()
    #expect(throws: GitError.dirty(paths: ["a.md"])) { try temp.commit(["a.md": "2", "b.md": "2"]) }
    #expect(try temp.state() == before)
    try temp.git("checkout", "--", "a.md")

    try temp.write("b.md", "staged")
    try temp.git("add", "b.md")
    try temp.write("b.md", "1")
    before = try temp.state()
    #expect(throws: GitError.dirty(paths: ["b.md"])) { try temp.commit(["b.md": nil]) }
    #expect(try temp.state() == before)
    try temp.git("reset", "-q", "--", "b.md")

    try temp.write("new.md", "untracked")
    before = try temp.state()
    #expect(throws: GitError.dirty(paths: ["new.md"])) { try temp.commit(["new.md": "mine"]) }
    #expect(try temp.state() == before)

    try FileManager.default.removeItem(atPath: temp.path + "/c.md")
    #expect(try temp.repo.isDirty("c.md"))
    #expect(try temp.repo.isDirty("new.md"))
    #expect(try !temp.repo.isDirty("a.md"))
  }

  @Test func rejectsUnsafePathsBeforeTouchingAnything() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1"])
    let before = try temp.state()
    for bad in [
      "/etc/passwd", "../x.md", "a/../b.md", ".git/config", "x/.GIT/y", "a\\b.md", "nul\0.md", "", "a//b.md",
      "./a.md",
    ] {
      #expect(throws: GitError.self, "\(bad)") {
        try temp.repo.commit(
          [.write(path: "a.md", contents: Data("2".utf8)), .write(path: bad, contents: Data())], root: "",
          message: "m", author: alice, date: at(5), timeZoneOffsetMinutes: 0)
      }
    }
    #expect(throws: GitError.invalidPath("a.md", reason: "it is listed twice")) {
      try temp.repo.commit(
        [.write(path: "a.md", contents: Data()), .delete(path: "a.md")], root: "", message: "m",
        author: alice,
        date: at(5), timeZoneOffsetMinutes: 0)
    }
    #expect(throws: GitError.notFound(path: "missing.md", revision: "HEAD")) {
      try temp.commit(["missing.md": nil])
    }
    #expect(throws: GitError.nothingToCommit) { try temp.commit(["a.md": "1"]) }
    #expect(throws: GitError.emptyMessage) { try temp.commit(["a.md": "2"], message: "  \n") }
    #expect(throws: GitError.self) { try temp.commit(["a.md/inner.md": "2"]) }
    #expect(try temp.state() == before)
  }

  @Test func aFolderWhereAFileMustGoLeavesEverythingAsBefore() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1", "b.md": "1"])
    try FileManager.default.createDirectory(atPath: temp.path + "/c.md", withIntermediateDirectories: true)
    try temp.write("d", "a file where a folder must be")
    let before = try temp.state()
    #expect(throws: GitError.workingTreeConflict(path: "c.md", reason: "a folder is in the way")) {
      try temp.commit(["a.md": "2", "c.md": "new"])
    }
    #expect(
      throws: GitError.workingTreeConflict(path: "d", reason: "a file or link is where a folder must be")
    ) {
      try temp.commit(["a.md": "2", "d/e.md": "new"])
    }
    #expect(try temp.state() == before)
  }

  struct Injected: Error {}

  @Test(arguments: [
    CommitStep.locked, .objectsWritten, .filesStaged, .branchMoved, .indexWritten, .fileApplied,
  ])
  func aFailureAtAnyStepLeavesTheRepositoryAsBefore(step: CommitStep) throws {
    let temp = try TempRepo()
    try temp.commit(["keep.md": "k", "old.md": "o", "gone/deep.md": "d", "mod.md": "m"])
    let before = try temp.state()
    var calls = 0
    temp.repo.commitStepHook = { reached in
      guard reached == step else { return }
      calls += 1
      // Fail after the second file so some files are already in place.
      if step != .fileApplied || calls == 2 { throw Injected() }
    }
    #expect(throws: Injected.self) {
      try temp.commit(["mod.md": "changed", "new/sub/n.md": "n", "gone/deep.md": nil, "old.md": nil])
    }
    #expect(try temp.state() == before)
    #expect(!FileManager.default.fileExists(atPath: temp.repo.gitDirectory + "/isms.lock"))
    #expect(try temp.git("status", "--porcelain") == "")
    temp.repo.commitStepHook = nil
    try temp.commit(["mod.md": "changed"])
  }

  @Test func aFailedFirstCommitLeavesTheBranchUnborn() throws {
    let temp = try TempRepo()
    temp.repo.commitStepHook = { if $0 == .indexWritten { throw Injected() } }
    #expect(throws: Injected.self) { try temp.commit(["a.md": "1"]) }
    #expect(throws: GitError.unbornHead(branch: "main")) { try temp.repo.resolve("HEAD") }
    #expect(temp.read("a.md") == nil)
    #expect(try temp.state().files.isEmpty)
  }

  @Test func theLockFileMakesASecondWriterBusy() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1"])
    let lockPath = temp.repo.gitDirectory + "/isms.lock"

    // Held by this very (live) process, as another isms would hold it.
    let held = try RepositoryLock.acquire(gitDirectory: temp.repo.gitDirectory)
    let before = try temp.state()
    #expect(throws: GitError.locked(pid: getpid())) { try temp.commit(["a.md": "2"]) }
    #expect(try temp.state() == before)
    #expect(
      GitError.locked(pid: 42).description
        == "busy: another isms is writing to this repository (pid 42); try again")
    held.release()

    // A lock file naming a live pid, without flock (an older writer): still busy.
    try "\(getpid())\n".write(toFile: lockPath, atomically: true, encoding: .utf8)
    #expect(throws: GitError.locked(pid: getpid())) { try temp.commit(["a.md": "2"]) }

    // A lock left by a dead process is stale: taken over, then removed.
    let dead = Process()
    dead.executableURL = URL(fileURLWithPath: "/bin/true")
    try dead.run()
    dead.waitUntilExit()
    try "\(dead.processIdentifier)\n".write(toFile: lockPath, atomically: true, encoding: .utf8)
    try temp.commit(["a.md": "2"])
    #expect(!FileManager.default.fileExists(atPath: lockPath))
  }

  @Test func aBranchMovedMeanwhileIsRejected() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1"])
    let path = temp.path
    temp.repo.commitStepHook = { step in
      guard step == .objectsWritten else { return }
      let other = try runGit(["commit-tree", "HEAD^{tree}", "-p", "HEAD", "-m", "someone else"], in: path)
      try runGit(["update-ref", "refs/heads/main", other], in: path)
    }
    let before = try temp.state()
    #expect(throws: GitError.concurrentUpdate(branch: "main")) { try temp.commit(["a.md": "2"]) }
    let after = try temp.state()
    #expect(after.files == before.files && after.index == before.index && after.head != before.head)
    #expect(try temp.repo.resolve("HEAD").summary == "someone else")
    #expect(GitError.concurrentUpdate(branch: "main").isBusy)
  }

  @Test func refusesADetachedHead() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "1"])
    try temp.git("checkout", "-q", "--detach")
    #expect(throws: GitError.detachedHead) { try temp.commit(["a.md": "2"]) }
  }
}
