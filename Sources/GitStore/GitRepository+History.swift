import Clibgit2
import Foundation
import ISMSCore

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
  /// first, as `git log --date-order -- path` lists them (see ``revisions(of:root:from:limit:)``).
  /// - Parameter limit: stop after this many commits.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func history(
    of path: String, root: String = "", from revision: String = "HEAD", limit: Int? = nil
  ) throws -> [CommitInfo] {
    try revisions(of: [path], root: root, from: revision, limit: limit)[path, default: []].map(\.commit)
  }

  /// For each of `paths` (relative to `root`; `""` for the root folder itself), the commits that
  /// changed it, newest first, as `git log --date-order -- path` lists them, each with the blob the
  /// path held after it; one revision walk serves every path.
  ///
  /// A commit changed a path when the path's tree entry (id and mode) differs from its parent's (a
  /// commit where it appears counts as adding it; a root commit counts when the path exists). Merges
  /// follow git's default history simplification, path by path: a merge whose entry equals one
  /// parent's is not listed and only that parent is followed, since the other side's changes did
  /// not reach the result; a merge that differs from every parent is listed and all parents are
  /// followed. Commits come in topological order, newest first by committer date among independent
  /// lines. Renames are not followed.
  /// - Parameter limit: stop after this many commits of each path.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func revisions(
    of paths: [String], root: String = "", from revision: String = "HEAD", limit: Int? = nil
  ) throws -> [String: [PathRevision]] {
    let walked = try walk(paths, root: root, from: revision, limit: limit, reading: CommitInfo.init(commit:))
    return walked.changes.mapValues { changes in
      changes.map { PathRevision(commit: walked.commits[Int($0.commit)], blobID: $0.blobID?.hex) }
    }
  }

  /// The walk of ``revisions(of:root:from:limit:)``: each commit that changed a path once, read by
  /// `read`, and each path's changes as places in that table. It reads through a handle of its
  /// own, closed after it, so that the trees libgit2 caches for it (up to 16 MiB of delta bases)
  /// do not stay.
  func walk<Commit>(
    _ paths: [String], root: String, from revision: String, limit: Int?,
    reading read: (OpaquePointer) throws -> Commit
  ) throws -> (commits: [Commit], changes: [String: [PathHistories.Change]]) {
    let root = try GitPath.root(root)
    let unique = Array(Set(paths)).sorted()
    let fullPaths = try unique.map { $0.isEmpty ? root : GitPath.join(root, try GitPath.file($0)) }
    let walker = try GitRepository.discover(from: gitDirectory)
    let found = try PathHistoryWalk(repository: walker, paths: fullPaths, limit: limit)
      .run(from: revision, reading: read)
    return (found.commits, Dictionary(uniqueKeysWithValues: zip(unique, found.changes)))
  }

  /// The bytes of the blob with id `blobID` (40 hexadecimal digits).
  /// - Throws: `GitError.invalidObjectID`, `.notFound` when there is no such blob, libgit2 errors.
  public func contents(ofBlob blobID: String) throws -> Data {
    try blobData(git_oid(hex: blobID))
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
}

/// One commit that changed a path, with what the path held after it.
public struct PathRevision: Sendable, Hashable {
  /// The commit.
  public let commit: CommitInfo
  /// The blob the path held after the commit; `nil` when the commit removed it, or left a folder,
  /// a symbolic link or a submodule there.
  public let blobID: String?

  /// Creates a revision.
  public init(commit: CommitInfo, blobID: String?) {
    self.commit = commit
    self.blobID = blobID
  }
}
