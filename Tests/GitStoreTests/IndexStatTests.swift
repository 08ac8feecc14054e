import Foundation
import ISMSCore
import Testing

@testable import GitStore

/// The working tree takes a blob id from the index only when git's stat rule vouches for the file.
@Suite struct IndexStatTests {
  let entry = IndexStat(
    size: 4, modified: .init(seconds: 1_600_000_000, nanoseconds: 5),
    changed: .init(seconds: 1_600_000_001, nanoseconds: 7),
    inode: 42)

  @Test func onlyAnIdenticalEntryWrittenBeforeTheIndexSecondVouches() {
    let later = IndexStat.Timestamp(seconds: 1_600_000_100, nanoseconds: 0)
    #expect(entry.vouches(for: entry, indexWritten: later))
    var changed = entry
    changed.changed.nanoseconds += 1
    #expect(!entry.vouches(for: changed, indexWritten: later))
    var moved = entry
    moved.inode += 1
    #expect(!entry.vouches(for: moved, indexWritten: later))
    var grown = entry
    grown.size += 1
    #expect(!entry.vouches(for: grown, indexWritten: later))
  }

  /// Racy git: a same-size change in the second the index was written can leave every stat
  /// field equal, so such an entry is always hashed.
  @Test func aRacilyCleanEntryIsNeverTrusted() {
    let sameSecond = IndexStat.Timestamp(seconds: 1_600_000_000, nanoseconds: 900_000_000)
    #expect(!entry.vouches(for: entry, indexWritten: sameSecond))
    let before = IndexStat.Timestamp(seconds: 1_599_999_999, nanoseconds: 0)
    #expect(!entry.vouches(for: entry, indexWritten: before))
  }

  /// Sets a file's modification time, as a tool that keeps timestamps would.
  func touch(_ path: String, seconds: Int) {
    var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  func id(_ snapshot: WorkingTreeSnapshot, _ path: String) -> String? {
    snapshot.entries.first { $0.path == path }?.blobID
  }

  @Test func aFileChangedBehindTheIndexIsHashedAgain() throws {
    let temp = try TempRepo()
    try temp.write("a.md", "aaaa")
    try temp.write("b.md", "bbbb")
    touch(temp.path + "/a.md", seconds: 1_600_000_000)
    touch(temp.path + "/b.md", seconds: 1_600_000_000)
    try temp.git("add", "a.md", "b.md")
    try temp.git("commit", "-q", "-m", "files")
    try temp.git("update-index", "--refresh")
    #expect(id(try temp.repo.workingTreeSnapshot(), "a.md") == (try temp.git("rev-parse", ":a.md")))
    // Same size, same modification time, but rewritten: only the change time tells.
    try temp.write("a.md", "AAAA")
    touch(temp.path + "/a.md", seconds: 1_600_000_000)
    let snapshot = try temp.repo.workingTreeSnapshot()
    #expect(id(snapshot, "a.md") == (try temp.git("hash-object", "a.md")))
    #expect(id(snapshot, "a.md") != (try temp.git("rev-parse", ":a.md")))
    #expect(id(snapshot, "b.md") == (try temp.git("rev-parse", ":b.md")))
  }

  /// With a converting filter every file is hashed (the index's stat data cannot vouch for it),
  /// through the filter, as `git add` and `git status` do: a CRLF checkout of an LF blob is clean.
  @Test func aConvertingFilterMakesEveryFileHashed() throws {
    let temp = try TempRepo()
    try temp.git("config", "core.autocrlf", "true")
    try temp.write("a.md", "line\r\n")
    touch(temp.path + "/a.md", seconds: 1_600_000_000)
    try temp.git("add", "a.md")
    try temp.git("commit", "-q", "-m", "crlf")
    try temp.git("update-index", "--refresh")
    let indexID = try temp.git("rev-parse", ":a.md")
    let bytesID = try temp.git("hash-object", "--no-filters", "a.md")
    #expect(indexID != bytesID)
    #expect(id(try temp.repo.workingTreeSnapshot(), "a.md") == indexID)
    #expect(id(try temp.repo.workingTreeSnapshot(), "a.md") == (try temp.git("hash-object", "a.md")))
  }
}
