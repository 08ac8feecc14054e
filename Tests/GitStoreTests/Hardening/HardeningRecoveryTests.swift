import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite("Hardening: recovery from a writer that died holding the lock")
struct HardeningRecoveryTests {
  /// The pid of a process that has exited.
  func deadPID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  /// Leaves the state of a writer killed after moving the branch: the new version waits in a
  /// temporary file, the old one is in place, the lock holds the journal.
  func crashedAfterBranchMove(_ temp: TempRepo, journalCommit: String? = nil) throws -> String {
    try temp.commit(["doc.md": "old\n"], date: 1_700_000_000)
    let new = try temp.commit(["doc.md": "new\n"], date: 1_700_000_100)
    let staged = temp.path + "/.isms-99-1.tmp"
    try Data("new\n".utf8).write(to: URL(fileURLWithPath: staged))
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: temp.path + "/doc.md"))
    let journal = CommitJournal(
      branch: "refs/heads/main", commit: journalCommit ?? new.id,
      staged: [.init(temporary: staged, target: "doc.md")], deleted: [])
    let json = try JSONEncoder().encode(journal)
    try (Data("\(try deadPID())\n".utf8) + json + Data("\n".utf8))
      .write(to: URL(fileURLWithPath: temp.repo.gitDirectory + "/isms.lock"))
    return staged
  }

  @Test("a commit that landed is finished: the new version moves into place")
  func finishesLandedCommit() throws {
    let temp = try TempRepo()
    let staged = try crashedAfterBranchMove(temp)
    #expect(try temp.repo.recoverInterruptedCommit())
    #expect(try String(contentsOfFile: temp.path + "/doc.md", encoding: .utf8) == "new\n")
    #expect(!FileManager.default.fileExists(atPath: staged))
    #expect(!FileManager.default.fileExists(atPath: temp.repo.gitDirectory + "/isms.lock"))
    #expect(try !temp.repo.isDirty("doc.md"))
  }

  @Test("a journal rewritten over a longer one (a successor killed before cutting the rest) still counts")
  func journalWithOldTail() throws {
    let temp = try TempRepo()
    _ = try crashedAfterBranchMove(temp)
    let lock = URL(fileURLWithPath: temp.repo.gitDirectory + "/isms.lock")
    try (try Data(contentsOf: lock) + Data("ss.tmp\",\"target\":\"doc.md\"}]}\n".utf8)).write(to: lock)
    #expect(try temp.repo.recoverInterruptedCommit())
    #expect(try String(contentsOfFile: temp.path + "/doc.md", encoding: .utf8) == "new\n")
  }

  @Test("a commit that did not land is undone: the temporary file goes, the document stays")
  func undoesUnlandedCommit() throws {
    let temp = try TempRepo()
    let staged = try crashedAfterBranchMove(temp, journalCommit: String(repeating: "a", count: 40))
    #expect(try temp.repo.recoverInterruptedCommit())
    #expect(!FileManager.default.fileExists(atPath: staged))
    #expect(try String(contentsOfFile: temp.path + "/doc.md", encoding: .utf8) == "old\n")
  }

  @Test("the next commit recovers too, and a live writer's lock is left alone")
  func commitRecoversAndLiveLockStays() throws {
    let temp = try TempRepo()
    _ = try crashedAfterBranchMove(temp)
    try temp.commit(["other.md": "x\n"], date: 1_700_000_200)
    #expect(try String(contentsOfFile: temp.path + "/doc.md", encoding: .utf8) == "new\n")

    let lock = temp.repo.gitDirectory + "/isms.lock"
    try Data("\(getpid())\n".utf8).write(to: URL(fileURLWithPath: lock))
    #expect(try !temp.repo.recoverInterruptedCommit())
    #expect(temp.repo.isWriteInProgress)
    #expect(throws: GitError.self) { try temp.commit(["other.md": "y\n"], date: 1_700_000_300) }
    #expect(FileManager.default.fileExists(atPath: lock))
  }

  /// Leaves the state of a writer killed inside libgit2's branch update: `main.lock` holds
  /// `lockText` (nothing, or "new"/"old" for the journal's commit or its parent), the branch has
  /// not moved, the new version waits in a temporary file.
  func crashedMovingBranch(_ temp: TempRepo, lockText: String?) throws -> String {
    try temp.commit(["doc.md": "old\n"], date: 1_700_000_000)
    let old = try temp.repo.resolve("HEAD").id
    let new = try temp.commit(["doc.md": "new\n"], date: 1_700_000_100).id
    try temp.git("update-ref", "refs/heads/main", old)
    try temp.git("reset", "-q", "--hard")
    let staged = temp.path + "/.isms-99-1.tmp"
    try Data("new\n".utf8).write(to: URL(fileURLWithPath: staged))
    let journal = CommitJournal(
      branch: "refs/heads/main", commit: new, staged: [.init(temporary: staged, target: "doc.md")],
      deleted: [])
    try (Data("\(try deadPID())\n".utf8) + (try JSONEncoder().encode(journal)) + Data("\n".utf8))
      .write(to: URL(fileURLWithPath: temp.repo.gitDirectory + "/isms.lock"))
    let lock = temp.repo.gitDirectory + "/refs/heads/main.lock"
    let named = ["new": new + "\n", "old": old + "\n"]
    try Data((lockText.map { named[$0] ?? $0 } ?? "").utf8).write(to: URL(fileURLWithPath: lock))
    return lock
  }

  @Test(
    "the branch lock of a writer killed inside libgit2 is removed, so the next commit is not busy",
    arguments: [nil, "new", "old"])
  func removesStaleBranchLock(lockText: String?) throws {
    let temp = try TempRepo()
    let lock = try crashedMovingBranch(temp, lockText: lockText)
    #expect(try temp.repo.recoverInterruptedCommit())
    #expect(!FileManager.default.fileExists(atPath: lock))
    #expect(try String(contentsOfFile: temp.path + "/doc.md", encoding: .utf8) == "old\n")
    try temp.commit(["doc.md": "newer\n"], date: 1_700_000_200)
    #expect(try String(contentsOfFile: temp.path + "/doc.md", encoding: .utf8) == "newer\n")
  }

  @Test("a branch lock naming another commit belongs to a live git and stays")
  func keepsForeignBranchLock() throws {
    let temp = try TempRepo()
    let lock = try crashedMovingBranch(temp, lockText: String(repeating: "b", count: 40) + "\n")
    #expect(try temp.repo.recoverInterruptedCommit())
    #expect(FileManager.default.fileExists(atPath: lock))
    #expect(throws: GitError.concurrentUpdate(branch: "main")) {
      try temp.commit(["doc.md": "newer\n"], date: 1_700_000_200)
    }
  }

  @Test("a journal cannot point recovery outside the working tree")
  func hostileJournal() throws {
    let temp = try TempRepo()
    try temp.commit(["doc.md": "old\n"], date: 1_700_000_000)
    let head = try temp.repo.resolve("HEAD").id
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "outside-\(UUID().uuidString)")
    try Data("keep\n".utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    let journal = CommitJournal(
      branch: "refs/heads/main", commit: head,
      staged: [
        .init(temporary: outside.path, target: "doc.md"),
        .init(temporary: temp.path + "/x", target: "../escape"),
      ],
      deleted: ["../../etc/passwd"])
    try (Data("\(try deadPID())\n".utf8) + (try JSONEncoder().encode(journal)) + Data("\n".utf8))
      .write(to: URL(fileURLWithPath: temp.repo.gitDirectory + "/isms.lock"))
    #expect(try temp.repo.recoverInterruptedCommit())
    #expect(try String(contentsOf: outside, encoding: .utf8) == "keep\n")
  }
}
