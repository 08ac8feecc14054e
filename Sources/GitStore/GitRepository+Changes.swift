import Clibgit2
import Foundation

extension GitRepository {
  /// The regular files under `root` that differ between two revisions, with renames detected,
  /// sorted by path (byte order).
  ///
  /// Cost follows the size of the change: the paths that differ are found by descending only into
  /// subtrees whose ids differ (``differingPaths(_:_:prefix:into:)``), and libgit2 diffs and runs
  /// its rename detection on those paths alone (its own diff reads every tree of both sides).
  /// Paths are relative to `root`. Symbolic links and submodules are left out; a file that became
  /// a link shows as deleted.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func changes(from base: String, to head: String, root: String = "") throws -> [PathChange] {
    let root = try GitPath.root(root)
    let oldTree = try rootTree(of: base, root: root)
    defer { git_tree_free(oldTree) }
    let newTree = try rootTree(of: head, root: root)
    defer { git_tree_free(newTree) }
    if oldTree == nil && newTree == nil { return [] }
    var paths: [String] = []
    let limited = try differingPaths(oldTree, newTree, prefix: "", into: &paths)
    if limited && paths.isEmpty { return [] }

    var options = git_diff_options()
    try check("git_diff_options_init", git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)))
    var diff: OpaquePointer?
    let pathspec = limited ? paths.map { strdup($0) } : []
    defer { pathspec.forEach { free($0) } }
    try pathspec.withUnsafeBufferPointer { strings in
      if limited {
        // Exact paths, not patterns: a name with `*` or `[` must match only itself.
        options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        options.pathspec = git_strarray(
          strings: UnsafeMutablePointer(mutating: strings.baseAddress), count: strings.count)
      }
      try check("git_diff_tree_to_tree", git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, &options))
    }
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

  /// Appends to `paths` every path (under `prefix`) whose entry differs between two trees (`nil`:
  /// absent), descending into a pair of subtrees only when their ids differ, and into every
  /// subtree on one side only. Returns `false`, with `paths` unusable, when a name is not UTF-8
  /// (it could not be passed back to libgit2 as it is): the caller then diffs the whole trees.
  private func differingPaths(
    _ old: OpaquePointer?, _ new: OpaquePointer?, prefix: String, into paths: inout [String]
  ) throws -> Bool {
    for (tree, other, fromOld) in [(old, new, true), (new, old, false)] {
      guard let tree else { continue }
      for index in 0..<git_tree_entrycount(tree) {
        // Borrowed from their trees (byindex, byname): never freed here.
        guard let entry = git_tree_entry_byindex(tree, index),
          let name = String(validatingCString: git_tree_entry_name(entry))
        else { return false }
        let counterpart = other.flatMap { git_tree_entry_byname($0, git_tree_entry_name(entry)) }
        if let counterpart {
          // A pair is compared once, from the old side.
          if !fromOld { continue }
          if sameOID(git_tree_entry_id(entry).pointee, git_tree_entry_id(counterpart).pointee)
            && git_tree_entry_filemode(entry) == git_tree_entry_filemode(counterpart)
          {
            continue
          }
        }
        let path = prefix + name
        let (oldEntry, newEntry) = fromOld ? (entry, counterpart) : (counterpart, entry)
        let oldSubtree = try oldEntry.flatMap(lookupSubtree)
        defer { git_tree_free(oldSubtree) }
        let newSubtree = try newEntry.flatMap(lookupSubtree)
        defer { git_tree_free(newSubtree) }
        if (oldEntry != nil && oldSubtree == nil) || (newEntry != nil && newSubtree == nil) {
          paths.append(path)
        }
        if oldSubtree != nil || newSubtree != nil {
          guard try differingPaths(oldSubtree, newSubtree, prefix: path + "/", into: &paths) else {
            return false
          }
        }
      }
    }
    return true
  }

  /// The tree an entry names, or `nil` when it is not a tree; the caller frees it.
  private func lookupSubtree(_ entry: OpaquePointer) throws -> OpaquePointer? {
    guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return nil }
    var subtree: OpaquePointer?
    try check("git_tree_lookup", git_tree_lookup(&subtree, pointer, git_tree_entry_id(entry)))
    return subtree
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
