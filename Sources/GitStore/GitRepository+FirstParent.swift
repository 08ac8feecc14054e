import Clibgit2
import Foundation

extension GitRepository {
  /// The commits of the first-parent history of `revision` (the changes as they landed on that
  /// branch: a merged pull request is its merge commit) whose committer date lies in
  /// `start ..< end`, newest first.
  ///
  /// The whole first-parent line is walked, so a commit whose date went backwards is still found.
  /// - Throws: `GitError.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func firstParentCommits(from revision: String, committedFrom start: Date, before end: Date) throws
    -> [CommitInfo]
  {
    let walk = try revisionWalk(from: revision, firstParentOnly: true)
    defer { git_revwalk_free(walk) }
    var result: [CommitInfo] = []
    var id = git_oid()
    while try next(&id, in: walk) {
      var commit: OpaquePointer?
      try check("git_commit_lookup", git_commit_lookup(&commit, pointer, &id))
      defer { git_commit_free(commit) }
      guard let commit else { continue }
      let time = TimeInterval(git_commit_time(commit))
      if time >= start.timeIntervalSince1970, time < end.timeIntervalSince1970 {
        result.append(try CommitInfo(commit: commit))
      }
    }
    return result
  }
}
