import Foundation
import ISMSCore
import Testing

@testable import GitStore

@Suite struct ChangesTests {
  @Test func listsAddedModifiedDeletedAndRenamedUnderTheRoot() throws {
    let temp = try TempRepo()
    let long = String(repeating: "A long enough policy text to be recognised after a move.\n", count: 20)
    let base = try temp.commit(
      ["isms/old-name.md": long, "isms/mod.md": "1", "isms/gone.md": "g", "outside.md": "o"], date: 1000)
    let head = try temp.commit(
      [
        "isms/old-name.md": nil, "isms/sub/new-name.md": long, "isms/mod.md": "2", "isms/gone.md": nil,
        "isms/added.md": "a", "outside.md": "changed",
      ], date: 2000)
    let snapshotBefore = try temp.repo.snapshot(at: base.id, root: "isms")
    let snapshotAfter = try temp.repo.snapshot(at: head.id, root: "isms")
    func id(_ snapshot: GitTreeSnapshot, _ path: String) -> String? {
      snapshot.entries.first { $0.path == path }?.blobID
    }
    let changes = try temp.repo.changes(from: base.id, to: "HEAD", root: "isms")
    #expect(
      changes == [
        PathChange(
          status: .added, path: "added.md", oldBlobID: nil, newBlobID: id(snapshotAfter, "added.md")),
        PathChange(
          status: .deleted, path: "gone.md", oldBlobID: id(snapshotBefore, "gone.md"), newBlobID: nil),
        PathChange(
          status: .modified, path: "mod.md", oldBlobID: id(snapshotBefore, "mod.md"),
          newBlobID: id(snapshotAfter, "mod.md")),
        PathChange(
          status: .renamed, path: "sub/new-name.md", oldPath: "old-name.md",
          oldBlobID: id(snapshotBefore, "old-name.md"), newBlobID: id(snapshotAfter, "sub/new-name.md")),
      ])
    #expect(try temp.repo.changes(from: "HEAD", to: "HEAD", root: "isms").isEmpty)
    let whole = try temp.repo.changes(from: "HEAD~1", to: "HEAD", root: "")
    #expect(whole.contains { $0.path == "outside.md" && $0.status == .modified })
    // A root that appears later: everything is added.
    #expect(try temp.repo.changes(from: base.id, to: head.id, root: "isms/sub").map(\.status) == [.added])
  }
}
