import Clibgit2
import Foundation

extension GitRepository {
  /// The bytes of the file at `path` (relative to `root`) in the commit `revision` names, or `nil`
  /// when it does not exist there (or is not a regular file).
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func contents(of path: String, root: String = "", at revision: String) throws -> Data? {
    let fullPath = GitPath.join(try GitPath.root(root), try GitPath.file(path))
    let commit = try lookupCommit(revision)
    defer { git_commit_free(commit) }
    let tree = try tree(of: commit)
    defer { git_tree_free(tree) }
    guard let found = try entry(at: fullPath, in: tree), found.type == GIT_OBJECT_BLOB,
      isRegularBlobMode(found.mode)
    else { return nil }
    return try blobData(found.id)
  }

  /// The best common ancestor of two revisions (what a pull request is compared against), or `nil`
  /// when they share no history.
  /// - Throws: `GitError.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func mergeBase(_ one: String, _ other: String) throws -> CommitInfo? {
    let first = try lookupCommit(one)
    var firstID = git_commit_id(first).pointee
    git_commit_free(first)
    let second = try lookupCommit(other)
    var secondID = git_commit_id(second).pointee
    git_commit_free(second)
    var base = git_oid()
    let rc = git_merge_base(&base, pointer, &firstID, &secondID)
    if isCode(rc, GIT_ENOTFOUND) { return nil }
    try check("git_merge_base", rc)
    return try resolve(base.hex)
  }

  /// The commits reachable from `head` but not from `base` (`git log base..head`), newest first.
  /// - Throws: `GitError.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func commits(from base: String, to head: String) throws -> [CommitInfo] {
    let walk = try revisionWalk(from: head, firstParentOnly: false)
    defer { git_revwalk_free(walk) }
    let hidden = try lookupCommit(base)
    var hiddenID = git_commit_id(hidden).pointee
    git_commit_free(hidden)
    try check("git_revwalk_hide", git_revwalk_hide(walk, &hiddenID))
    var result: [CommitInfo] = []
    var id = git_oid()
    while try next(&id, in: walk) {
      var commit: OpaquePointer?
      try check("git_commit_lookup", git_commit_lookup(&commit, pointer, &id))
      defer { git_commit_free(commit) }
      guard let commit else { continue }
      result.append(try CommitInfo(commit: commit))
    }
    return result
  }
}
