import Clibgit2
import Foundation

extension GitRepository {
  /// The newest commit on the first-parent history of `revision` whose committer date is at or
  /// before `date`: the commit the branch stood at then.
  ///
  /// Only first parents are followed, because commits merged in from side branches never were the
  /// state of this branch; the walk stops at the first match, so a commit whose date went backwards
  /// (clock skew, rebase) hides older-looking ones behind it. Dates compare in whole seconds, as git
  /// records them. Returns `nil` when every commit is later than `date`.
  /// - Throws: `GitError.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func lastCommit(atOrBefore date: Date, from revision: String = "HEAD") throws -> CommitInfo? {
    let walk = try revisionWalk(from: revision, firstParentOnly: true)
    defer { git_revwalk_free(walk) }
    var id = git_oid()
    while try next(&id, in: walk) {
      var commit: OpaquePointer?
      try check("git_commit_lookup", git_commit_lookup(&commit, pointer, &id))
      defer { git_commit_free(commit) }
      guard let commit else { continue }
      if TimeInterval(git_commit_time(commit)) <= date.timeIntervalSince1970 {
        return try CommitInfo(commit: commit)
      }
    }
    return nil
  }

  /// The commits that changed `path` (relative to `root`; `""` for the root folder itself), newest
  /// first, as `git log -- path` lists them.
  ///
  /// A commit changed the path when the path's tree entry id differs from its parent's (a commit
  /// where it appears counts as adding it; a root commit counts when the path exists). Merges follow
  /// git's default history simplification: a merge whose path equals one parent's is not listed and
  /// only that parent is followed, since the other side's changes did not reach the result; a merge
  /// that differs from every parent is listed and all parents are followed. Commits come in
  /// topological order, newest first by committer date among independent lines (`git log --date-order`).
  /// - Parameter limit: stop after this many commits.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func history(
    of path: String, root: String = "", from revision: String = "HEAD", limit: Int? = nil
  ) throws -> [CommitInfo] {
    let root = try GitPath.root(root)
    let fullPath = path.isEmpty ? root : GitPath.join(root, try GitPath.file(path))
    let walk = try revisionWalk(from: revision, firstParentOnly: false)
    defer { git_revwalk_free(walk) }
    var wanted: Set<String> = []
    var memo: [String: String?] = [:]
    var result: [CommitInfo] = []
    var id = git_oid()
    var first = true
    while try next(&id, in: walk) {
      if let limit, result.count >= limit { break }
      let hex = id.hex
      guard first || wanted.remove(hex) != nil else { continue }
      first = false
      var commit: OpaquePointer?
      try check("git_commit_lookup", git_commit_lookup(&commit, pointer, &id))
      defer { git_commit_free(commit) }
      guard let commit else { continue }
      // Each commit's entry is looked up once: as a parent first, then reused as the next commit.
      let own = try memo[hex] ?? entryID(of: fullPath, in: commit)
      memo[hex] = nil
      var parents: [(hex: String, entry: String?)] = []
      for index in 0..<git_commit_parentcount(commit) {
        guard var parentID = git_commit_parent_id(commit, index)?.pointee else { continue }
        let parentHex = parentID.hex
        if let known = memo[parentHex] {
          parents.append((parentHex, known))
          continue
        }
        var parent: OpaquePointer?
        try check("git_commit_lookup", git_commit_lookup(&parent, pointer, &parentID))
        defer { git_commit_free(parent) }
        guard let parent else { continue }
        let entry = try entryID(of: fullPath, in: parent)
        memo[parentHex] = .some(entry)
        parents.append((parentHex, entry))
      }
      if let same = parents.first(where: { $0.entry == own }) {
        wanted.insert(same.hex)
      } else {
        if own != nil || !parents.isEmpty { result.append(try CommitInfo(commit: commit)) }
        wanted.formUnion(parents.map(\.hex))
      }
    }
    return result
  }

  /// A revision walk from `revision` in topological, then committer-date order; free it with
  /// `git_revwalk_free`.
  func revisionWalk(from revision: String, firstParentOnly: Bool) throws -> OpaquePointer {
    let start = try lookupCommit(revision)
    var startID = git_commit_id(start).pointee
    git_commit_free(start)
    var walk: OpaquePointer?
    try check("git_revwalk_new", git_revwalk_new(&walk, pointer))
    guard let walk else { throw GitError.fromLibgit2("git_revwalk_new", code: -1) }
    do {
      // One call with both flags: a second call would replace the first.
      try check(
        "git_revwalk_sorting",
        git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue))
      if firstParentOnly {
        try check("git_revwalk_simplify_first_parent", git_revwalk_simplify_first_parent(walk))
      }
      try check("git_revwalk_push", git_revwalk_push(walk, &startID))
    } catch {
      git_revwalk_free(walk)
      throw error
    }
    return walk
  }

  /// Advances the walk; `false` at the end, and throws on any other error (never truncates silently).
  func next(_ id: inout git_oid, in walk: OpaquePointer) throws -> Bool {
    let rc = git_revwalk_next(&id, walk)
    if isCode(rc, GIT_ITEROVER) { return false }
    try check("git_revwalk_next", rc)
    return true
  }

  /// The id of the tree entry at `path` in a commit's tree (the tree itself for `""`), or `nil`.
  private func entryID(of path: String, in commit: OpaquePointer) throws -> String? {
    if path.isEmpty { return git_commit_tree_id(commit).pointee.hex }
    let tree = try tree(of: commit)
    defer { git_tree_free(tree) }
    return try entry(at: path, in: tree)?.id.hex
  }
}
