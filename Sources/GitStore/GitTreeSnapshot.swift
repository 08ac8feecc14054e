import Clibgit2
import Foundation
import ISMSCore

/// The ISMS files as one commit holds them: listed up front, read lazily from the object database.
public struct GitTreeSnapshot: Snapshot {
  /// The commit the snapshot was taken from.
  public let commit: CommitInfo
  /// The ISMS root relative to the repository top (`""` for the top).
  public let root: String
  /// Every regular file (modes 100644 and 100755) under the root, sorted by path (byte order).
  public let entries: [FileEntry]
  /// Symbolic links, and files and folders whose names are not UTF-8 or hold a backslash.
  public let skipped: [SkippedFile]
  /// The commit id.
  public var origin: String { commit.id }

  private let repository: GitRepository
  private let blobIDs: [String: String]
  /// The repository's front-matter cache, when enabled.
  public var frontMatterCache: FrontMatterCache? { repository.frontMatterCache }
  /// Blobs are inflated from packs, so the cache keeps bodies too and a hit reads nothing.
  public var frontMatterCacheKeepsBodies: Bool { true }

  /// Creates a snapshot over already listed entries.
  init(
    repository: GitRepository, commit: CommitInfo, root: String, entries: [FileEntry],
    skipped: [SkippedFile] = []
  ) {
    self.repository = repository
    self.commit = commit
    self.root = root
    self.entries = entries
    self.skipped = skipped
    var blobIDs: [String: String] = [:]
    for entry in entries { blobIDs[entry.path] = entry.blobID }
    self.blobIDs = blobIDs
  }

  /// The bytes of a listed file.
  /// - Throws: `GitError.notFound` when `path` is not listed.
  public func contents(of path: String) throws -> Data {
    guard let id = blobIDs[path] else { throw GitError.notFound(path: path, revision: commit.shortID) }
    return try contents(ofBlob: id)
  }

  /// The bytes of any blob in the repository, by its 40-digit id.
  /// - Throws: `GitError.invalidObjectID` or `.notFound`.
  public func contents(ofBlob id: String) throws -> Data {
    try repository.blobData(try git_oid(hex: id))
  }
}

extension GitRepository {
  /// The ISMS files (everything under `root`) as the commit that `revision` names holds them.
  ///
  /// Lists regular blobs only (no symbolic links, no submodules) and skips entries whose names are
  /// unsafe (`.`, `..`, `/`, `\`, NUL) or not UTF-8; symbolic links and names git allows but
  /// `isms` cannot use (not UTF-8, a backslash) are in ``GitTreeSnapshot/skipped``. Sizes come
  /// from object headers; contents are read only when asked for.
  /// - Throws: `GitError.notFound` when `root` is not a folder at that revision, and the errors of `resolve`.
  public func snapshot(at revision: String, root: String = "") throws -> GitTreeSnapshot {
    let root = try GitPath.root(root)
    return try withRootTree(at: revision, root: root) { info, rootTree, odb in
      var entries: [FileEntry] = []
      var skipped: [SkippedFile] = []
      try collectBlobs(in: rootTree, prefix: "", odb: odb, into: &entries, skipping: &skipped)
      entries.sort { byteOrder($0.path, $1.path) }
      return GitTreeSnapshot(repository: self, commit: info, root: root, entries: entries, skipped: skipped)
    }
  }

  /// Calls `body` with the commit `revision` names, the tree of the folder `root` (already checked
  /// by ``GitPath/root(_:)``) in it, and the object database; frees them afterwards.
  /// - Throws: `GitError.notFound` when `root` is not a folder at that revision, the errors of
  ///   `resolve`, and what `body` throws.
  func withRootTree<Result>(
    at revision: String, root: String,
    _ body: (CommitInfo, _ rootTree: OpaquePointer, _ odb: OpaquePointer?) throws -> Result
  ) throws -> Result {
    let commit = try lookupCommit(revision)
    defer { git_commit_free(commit) }
    let info = try CommitInfo(commit: commit)
    let tree = try tree(of: commit)
    defer { git_tree_free(tree) }
    guard let rootTree = try subtree(at: root, in: tree) else {
      throw GitError.notFound(path: root, revision: info.shortID)
    }
    defer { git_tree_free(rootTree) }
    var odb: OpaquePointer?
    try check("git_repository_odb", git_repository_odb(&odb, pointer))
    defer { git_odb_free(odb) }
    return try body(info, rootTree, odb)
  }

  private func collectBlobs(
    in tree: OpaquePointer, prefix: String, odb: OpaquePointer?, into entries: inout [FileEntry],
    skipping skipped: inout [SkippedFile]
  ) throws {
    for index in 0..<git_tree_entrycount(tree) {
      // Borrowed from the tree (byindex): never freed here.
      guard let entry = git_tree_entry_byindex(tree, index), let rawName = git_tree_entry_name(entry) else {
        continue
      }
      let mode = git_tree_entry_filemode(entry).rawValue
      let bytes = UnsafeBufferPointer(start: rawName, count: strlen(rawName)).map { UInt8(bitPattern: $0) }
      if let problem = GitPath.unusableNameProblem(bytes) {
        skipped.append(
          SkippedFile(
            path: GitPath.join(prefix, GitPath.shown(bytes)), isFolder: mode == GIT_FILEMODE_TREE.rawValue,
            reason: .unusableName(problem: problem)))
        continue
      }
      guard let name = String(validating: bytes, as: UTF8.self), GitPath.isSafeName(name) else { continue }
      let path = prefix.isEmpty ? name : prefix + "/" + name
      var id = git_tree_entry_id(entry).pointee
      if mode == GIT_FILEMODE_TREE.rawValue {
        if name.lowercased() == ".git" { continue }
        var subtree: OpaquePointer?
        try check("git_tree_lookup", git_tree_lookup(&subtree, pointer, &id))
        defer { git_tree_free(subtree) }
        guard let subtree else { continue }
        try collectBlobs(in: subtree, prefix: path, odb: odb, into: &entries, skipping: &skipped)
      } else if isRegularBlobMode(mode) {
        var size = 0
        var type = GIT_OBJECT_ANY
        try check("git_odb_read_header", git_odb_read_header(&size, &type, odb, &id))
        entries.append(FileEntry(path: path, blobID: id.hex, size: size))
      } else if mode == GIT_FILEMODE_LINK.rawValue {
        skipped.append(SkippedFile(path: path, reason: .symbolicLink))
      }
    }
  }
}
