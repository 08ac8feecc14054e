import Clibgit2
import Foundation
import ISMSCore

/// Every commit reachable from one commit, in the order of libgit2's revision walk sorted
/// `GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME` (no commit before one of its children, newest committer
/// time first among those ready), each with its tree and its parents.
struct CommitGraph {
  /// The commit ids, in walk order; index 0 is the start.
  private(set) var ids: [git_oid] = []
  /// Each commit's tree.
  private(set) var trees: [git_oid] = []
  /// Each commit's parents (indices), first parent first, in `parentList[parentStart[i]..<parentStart[i + 1]]`.
  private var parentStart: [Int] = [0]
  private var parentList: [Int] = []

  /// Walks every commit reachable from `start`.
  /// - Throws: libgit2 errors (a missing or damaged commit).
  init(repository: GitRepository, from start: git_oid) throws {
    let walk = try repository.revisionWalk(from: start.hex, firstParentOnly: false)
    defer { git_revwalk_free(walk) }
    var id = git_oid()
    var position: [ObjectID: Int] = [:]
    while try repository.next(&id, in: walk) {
      position[ObjectID(id)] = ids.count
      ids.append(id)
    }
    trees.reserveCapacity(ids.count)
    for var id in ids {
      var commit: OpaquePointer?
      try check("git_commit_lookup", git_commit_lookup(&commit, repository.pointer, &id))
      defer { git_commit_free(commit) }
      guard let commit else { throw GitError.fromLibgit2("git_commit_lookup", code: -1) }
      trees.append(git_commit_tree_id(commit).pointee)
      for parent in 0..<git_commit_parentcount(commit) {
        guard let parentID = git_commit_parent_id(commit, parent)?.pointee,
          let index = position[ObjectID(parentID)]
        else { throw GitError.fromLibgit2("git_revwalk_next", code: -1) }
        parentList.append(index)
      }
      parentStart.append(parentList.count)
    }
  }

  /// The parents of commit `commit`, first parent first.
  func parents(of commit: Int) -> ArraySlice<Int> {
    parentList[parentStart[commit]..<parentStart[commit + 1]]
  }
}
