import Clibgit2
import Foundation
import ISMSCore

/// Some files of a commit, looked up by path: a snapshot whose cost follows the number of paths
/// asked for, not the size of the tree (for `review pr`, which reads only what a change touches).
///
/// Lends no front-matter cache: loading that cache reads a file as large as the whole ISMS, which
/// is dearer than parsing the few blobs asked for.
public struct GitPathSnapshot: Snapshot {
  /// The commit id.
  public let origin: String
  /// The asked-for paths that are regular files at the commit, sorted by path (byte order).
  public let entries: [FileEntry]

  private let repository: GitRepository
  private let blobIDs: [String: git_oid]

  /// Creates a snapshot over already looked-up entries.
  init(repository: GitRepository, origin: String, entries: [FileEntry], blobIDs: [String: git_oid]) {
    self.repository = repository
    self.origin = origin
    self.entries = entries
    self.blobIDs = blobIDs
  }

  /// The bytes of a listed file.
  /// - Throws: `GitError.notFound` when `path` is not listed.
  public func contents(of path: String) throws -> Data {
    guard let id = blobIDs[path] else { throw GitError.notFound(path: path, revision: origin) }
    return try repository.blobData(id)
  }
}

extension GitRepository {
  /// The files at `paths` (relative to `root`) in the commit `revision` names; paths that are not
  /// regular files there are left out.
  /// - Throws: `GitError.notFound` when `root` is not a folder at that revision, and the errors of `resolve`.
  public func snapshot(at revision: String, root: String = "", paths: some Sequence<String>) throws
    -> GitPathSnapshot
  {
    let root = try GitPath.root(root)
    return try withRootTree(at: revision, root: root) { info, rootTree, odb in
      let origin = info.id
      var entries: [FileEntry] = []
      var blobIDs: [String: git_oid] = [:]
      for path in Set(paths) where GitPath.isSafeRelative(path) {
        guard let found = try entry(at: path, in: rootTree), found.type == GIT_OBJECT_BLOB,
          isRegularBlobMode(found.mode)
        else { continue }
        var id = found.id
        var size = 0
        var type = GIT_OBJECT_ANY
        try check("git_odb_read_header", git_odb_read_header(&size, &type, odb, &id))
        entries.append(FileEntry(path: path, blobID: id.hex, size: size))
        blobIDs[path] = id
      }
      entries.sort { byteOrder($0.path, $1.path) }
      return GitPathSnapshot(repository: self, origin: origin, entries: entries, blobIDs: blobIDs)
    }
  }

  /// The id of the folder `root` in the commit `revision` names, or `nil` when it is not a folder there.
  /// - Throws: `GitError.invalidPath` and the errors of `resolve`.
  public func treeID(at revision: String, root: String = "") throws -> String? {
    let root = try GitPath.root(root)
    let commit = try lookupCommit(revision)
    defer { git_commit_free(commit) }
    let tree = try tree(of: commit)
    defer { git_tree_free(tree) }
    guard let found = try entry(at: root, in: tree), found.type == GIT_OBJECT_TREE else { return nil }
    return found.id.hex
  }

  /// The folder for `review pr`'s validation indexes (next to the front-matter cache), or `nil`
  /// when caching is off (``enableFrontMatterCache()`` was not called or `ISMS_CACHE=off`).
  public var validationIndexDirectory: String? {
    frontMatterCache == nil ? nil : frontMatterCacheDirectory
  }
}
