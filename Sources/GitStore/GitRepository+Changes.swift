import Clibgit2
import Foundation

extension GitRepository {
  /// The regular files under `root` that differ between two revisions, with renames detected,
  /// sorted by path (byte order).
  ///
  /// Diffs the two root subtrees (so cost follows the size of the change: unchanged subtrees are
  /// skipped by id) and runs libgit2's rename detection. Paths are relative to `root`. Symbolic links
  /// and submodules are left out; a file that became a link shows as deleted.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func changes(from base: String, to head: String, root: String = "") throws -> [PathChange] {
    let root = try GitPath.root(root)
    let oldTree = try rootTree(of: base, root: root)
    defer { git_tree_free(oldTree) }
    let newTree = try rootTree(of: head, root: root)
    defer { git_tree_free(newTree) }
    if oldTree == nil && newTree == nil { return [] }

    var options = git_diff_options()
    try check("git_diff_options_init", git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)))
    var diff: OpaquePointer?
    try check("git_diff_tree_to_tree", git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, &options))
    defer { git_diff_free(diff) }
    var find = git_diff_find_options()
    try check(
      "git_diff_find_options_init", git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)))
    find.flags = GIT_DIFF_FIND_RENAMES.rawValue
    try check("git_diff_find_similar", git_diff_find_similar(diff, &find))

    var result: [PathChange] = []
    for index in 0..<git_diff_num_deltas(diff) {
      guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
      if let change = Self.pathChange(delta) { result.append(change) }
    }
    return result.sorted { byteOrder($0.path, $1.path) }
  }

  /// The tree at `root` in the commit `revision` names, or `nil` when `root` does not exist there.
  private func rootTree(of revision: String, root: String) throws -> OpaquePointer? {
    let commit = try lookupCommit(revision)
    defer { git_commit_free(commit) }
    let tree = try tree(of: commit)
    defer { git_tree_free(tree) }
    return try subtree(at: root, in: tree)
  }

  private static func pathChange(_ delta: git_diff_delta) -> PathChange? {
    let oldPath = swiftString(delta.old_file.path)
    let newPath = swiftString(delta.new_file.path)
    let oldRegular = isRegularBlobMode(UInt32(delta.old_file.mode)) && GitPath.isSafeRelative(oldPath)
    let newRegular = isRegularBlobMode(UInt32(delta.new_file.mode)) && GitPath.isSafeRelative(newPath)
    let oldID = delta.old_file.id.hex
    let newID = delta.new_file.id.hex
    let added = PathChange(status: .added, path: newPath, oldBlobID: nil, newBlobID: newID)
    let deleted = PathChange(status: .deleted, path: oldPath, oldBlobID: oldID, newBlobID: nil)
    switch delta.status {
    case GIT_DELTA_ADDED:
      return newRegular ? added : nil
    case GIT_DELTA_DELETED:
      return oldRegular ? deleted : nil
    case GIT_DELTA_MODIFIED, GIT_DELTA_TYPECHANGE, GIT_DELTA_RENAMED:
      switch (oldRegular, newRegular) {
      case (true, true):
        if delta.status == GIT_DELTA_RENAMED {
          return PathChange(
            status: .renamed, path: newPath, oldPath: oldPath, oldBlobID: oldID, newBlobID: newID)
        }
        return PathChange(status: .modified, path: newPath, oldBlobID: oldID, newBlobID: newID)
      case (true, false): return deleted
      case (false, true): return added
      case (false, false): return nil
      }
    default:
      return nil
    }
  }
}
