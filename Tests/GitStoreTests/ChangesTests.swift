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

  /// The paths are found by descending only into subtrees that differ: the result must still be
  /// what git itself reports, for folders that appear, vanish or turn into files, modes, deep
  /// edits next to untouched folders, and names that would be patterns.
  @Test func equalsGitsDiffWhereTreesTurnIntoFilesAndNamesLookLikePatterns() throws {
    let temp = try TempRepo()
    let long = String(repeating: "Text long enough to be recognised after a move, line by line.\n", count: 20)
    let before = [
      "same/a.md": "a", "same/deep/b.md": "b", "deep/x/y/z.md": "1", "deep/x/keep.md": "k",
      "turns-folder.md": "f", "folder-goes/one.md": "1", "folder-goes/sub/two.md": "2",
      "becomes-file/inner.md": "i", "a[1].md": "p1", "a1.md": "p2", "mode.sh": "m", "moved/old.md": long,
    ]
    for (path, text) in before { try temp.write(path, text) }
    try temp.git("add", "-A")
    try temp.git("commit", "-q", "-m", "base")
    try temp.git("rm", "-q", "-r", "turns-folder.md", "folder-goes", "becomes-file", "moved/old.md")
    let after = [
      "deep/x/y/z.md": "2", "turns-folder.md/inside.md": "t", "becomes-file": "now a file",
      "a[1].md": "p1 changed", "new-folder/n/m.md": "n", "elsewhere/new.md": long,
    ]
    for (path, text) in after { try temp.write(path, text) }
    try temp.git("update-index", "--add", "--chmod=+x", "mode.sh")
    try temp.git("add", "-A")
    try temp.git("commit", "-q", "-m", "head")

    let witness = try temp.git("diff", "--name-status", "-M", "-z", "HEAD~1", "HEAD")
      .split(separator: "\0").map(String.init)
    var expected: [String] = []
    var index = 0
    while index < witness.count {
      let status = witness[index].prefix(1)
      if status == "R" {
        expected.append("renamed \(witness[index + 1]) → \(witness[index + 2])")
        index += 3
      } else {
        let word = ["A": "added", "D": "deleted", "M": "modified"][String(status)] ?? String(status)
        expected.append("\(word) \(witness[index + 1])")
        index += 2
      }
    }
    let changes = try temp.repo.changes(from: "HEAD~1", to: "HEAD").map { change in
      change.status == .renamed
        ? "renamed \(change.oldPath ?? "") → \(change.path)" : "\(change.status.rawValue) \(change.path)"
    }
    #expect(changes.sorted() == expected.sorted())
    #expect(changes.contains("modified a[1].md") && !changes.contains("modified a1.md"))
  }
}
