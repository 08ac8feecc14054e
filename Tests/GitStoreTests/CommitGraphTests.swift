import Clibgit2
import Foundation
import Testing

@testable import GitStore

@Suite struct CommitGraphTests {
  /// The commit ids in the order of libgit2's own walk, sorted topologically then by time.
  private func libgit2Order(_ repository: GitRepository, from revision: String) throws -> [String] {
    let walk = try repository.revisionWalk(from: revision, firstParentOnly: false)
    defer { git_revwalk_free(walk) }
    var ids: [String] = []
    var id = git_oid()
    while try repository.next(&id, in: walk) { ids.append(id.hex) }
    return ids
  }

  private func graphOrder(_ repository: GitRepository, from revision: String) throws -> [String] {
    let start = try repository.lookupCommit(revision)
    let startID = git_commit_id(start).pointee
    git_commit_free(start)
    let graph = try CommitGraph(repository: repository, from: startID)
    return graph.topologicalOrder().map { graph.ids[$0].hex }
  }

  @Test func ordersCommitsAsLibgit2sWalkDoesEvenWhenTimesTie() throws {
    let temp = try TempRepo()
    try temp.commit(["a.md": "0"], date: 1000)
    // Many lines of commits with one committer time, merged together (also an octopus merge),
    // so that only the heap's handling of ties decides the order.
    for branch in ["b1", "b2", "b3", "b4"] {
      try temp.git("checkout", "-q", "-b", branch, "main")
      for step in 0..<3 { try temp.commit(["\(branch).md": "\(step)"], date: 1500) }
    }
    try temp.git("checkout", "-q", "main")
    try temp.commit(["a.md": "1"], date: 1500)
    let fixed = ["GIT_COMMITTER_DATE": "@1500 +0000", "GIT_AUTHOR_DATE": "@1500 +0000"]
    try temp.git("merge", "-q", "--no-ff", "-m", "merge b1", "b1", environment: fixed)
    try temp.git("merge", "-q", "--no-ff", "-m", "octopus", "b2", "b3", environment: fixed)
    try temp.commit(["a.md": "2"], date: 1400)
    try temp.git("merge", "-q", "--no-ff", "-m", "merge b4", "b4", environment: fixed)
    try temp.commit(["a.md": "3"], date: 1600)
    for revision in ["HEAD", "HEAD~1", "HEAD~2", "b3"] {
      let expected = try libgit2Order(temp.repo, from: revision)
      #expect(try graphOrder(temp.repo, from: revision) == expected, "\(revision)")
    }
  }

  @Test func readsCommitsOfAnUnusualFormThroughLibgit2() throws {
    let temp = try TempRepo()
    let first = try temp.commit(["a.md": "1"], date: 1000)
    let tree = try temp.git("rev-parse", "HEAD^{tree}")
    // A committer line without a time zone, which the quick reader leaves to libgit2.
    let object =
      "tree \(tree)\nparent \(first.id)\nauthor A <a@example.org> 900 +0000\n"
      + "committer A <a@example.org> 1200\n\nodd\n"
    try temp.write("odd.txt", object)
    let odd = try temp.git("hash-object", "-t", "commit", "-w", "odd.txt")
    try temp.git("update-ref", "refs/heads/odd", odd)
    try temp.git("checkout", "-q", "-b", "later", first.id)
    try temp.commit(["b.md": "1"], date: 1100)
    try temp.git(
      "merge", "-q", "--no-ff", "-m", "merge odd", "odd", environment: ["GIT_COMMITTER_DATE": "@1300 +0000"])
    let expected = try libgit2Order(temp.repo, from: "HEAD")
    #expect(expected.contains(odd))
    #expect(try graphOrder(temp.repo, from: "HEAD") == expected)
  }
}
