import Clibgit2
import Foundation
import ISMSCore

extension GitRepository {
  /// The files among `paths` (relative to `root`) that ``workingTreeSnapshot(root:)`` would list,
  /// as a snapshot of those alone: the same rules (real folders and regular files only, files git
  /// ignores left out unless tracked) without looking at any other file.
  /// - Throws: the errors of ``workingTreeSnapshot(root:)``.
  public func workingTreeSnapshot(root: String = "", listing paths: [String]) throws -> WorkingTreeSnapshot {
    let (workdir, root) = try workingRoot(root)
    var info = stat()
    var index: OpaquePointer?
    defer { git_index_free(index) }
    func isTracked(_ path: String, folder: Bool) throws -> Bool {
      if index == nil {
        try check("git_repository_index", git_repository_index(&index, pointer))
        try check("git_index_read", git_index_read(index, 0))
      }
      if folder {
        var position = 0
        return git_index_find_prefix(&position, index, path + "/") == 0
      }
      return git_index_get_bypath(index, path, 0) != nil
    }
    var entries: [FileEntry] = []
    for path in Set(paths) where GitPath.isSafeRelative(path) {
      let full = GitPath.join(root, path)
      var listed = true
      for folder in GitPath.ancestors(of: path) {
        let inRepository = GitPath.join(root, folder)
        guard lstat(workdir + "/" + inRepository, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
          try !ignores(inRepository + "/") || isTracked(inRepository, folder: true)
        else {
          listed = false
          break
        }
      }
      let absolute = workdir + "/" + full
      guard listed, lstat(absolute, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
        try !ignores(full) || isTracked(full, folder: false)
      else { continue }
      guard let id = try workingBlobID(at: absolute, path: full, filtered: true) else { continue }
      entries.append(FileEntry(path: path, blobID: id.hex, size: Int(info.st_size)))
    }
    entries.sort { byteOrder($0.path, $1.path) }
    return WorkingTreeSnapshot(
      root: root, directory: root.isEmpty ? workdir : workdir + "/" + root, entries: entries,
      frontMatterCache: frontMatterCache)
  }

  /// The files under `root` called `name` (ignoring case), relative to `root`, sorted: the files
  /// in the index for the working tree (`revision` `nil`), else in the tree of `revision`.
  /// - Throws: `GitError.invalidPath`, the errors of ``resolve(_:)``, and libgit2 errors.
  public func files(named name: String, root: String = "", at revision: String?) throws -> [String] {
    let root = try GitPath.root(root)
    let prefix = root.isEmpty ? "" : root + "/"
    let wanted = name.lowercased()
    var found: [String] = []
    func consider(_ path: String) {
      guard path.hasPrefix(prefix) else { return }
      let last = path.split(separator: "/").last.map(String.init) ?? path
      if last.lowercased() == wanted { found.append(String(path.dropFirst(prefix.count))) }
    }
    if let revision {
      let commit = try lookupCommit(revision)
      defer { git_commit_free(commit) }
      let tree = try tree(of: commit)
      defer { git_tree_free(tree) }
      try walkNames(tree, prefix: "") { consider($0) }
    } else {
      var index: OpaquePointer?
      try check("git_repository_index", git_repository_index(&index, pointer))
      defer { git_index_free(index) }
      try check("git_index_read", git_index_read(index, 0))
      for position in 0..<git_index_entrycount(index) {
        guard let entry = git_index_get_byindex(index, position) else { continue }
        consider(swiftString(entry.pointee.path))
      }
    }
    return found.sorted(by: byteOrder)
  }

  private func ignores(_ path: String) throws -> Bool {
    var ignored: Int32 = 0
    try check("git_ignore_path_is_ignored", git_ignore_path_is_ignored(&ignored, pointer, path))
    return ignored != 0
  }

  /// Calls `visit` with the path of every blob in `tree`.
  private func walkNames(_ tree: OpaquePointer, prefix: String, _ visit: (String) -> Void) throws {
    for index in 0..<git_tree_entrycount(tree) {
      guard let entry = git_tree_entry_byindex(tree, index) else { continue }
      let path = prefix + swiftString(git_tree_entry_name(entry))
      if git_tree_entry_filemode(entry).rawValue == GIT_FILEMODE_TREE.rawValue {
        var id = git_tree_entry_id(entry).pointee
        var subtree: OpaquePointer?
        try check("git_tree_lookup", git_tree_lookup(&subtree, pointer, &id))
        defer { git_tree_free(subtree) }
        if let subtree { try walkNames(subtree, prefix: path + "/", visit) }
      } else {
        visit(path)
      }
    }
  }
}
