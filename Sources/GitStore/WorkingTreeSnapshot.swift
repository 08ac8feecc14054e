import Clibgit2
import Foundation
import ISMSCore

/// The ISMS files as they are on disk now, tracked or not, without the files git ignores.
public struct WorkingTreeSnapshot: Snapshot {
  /// The ISMS root relative to the repository top (`""` for the top).
  public let root: String
  /// The absolute path of the ISMS root folder.
  public let directory: String
  /// Every regular file under the root, sorted by path (byte order), with the blob id of its bytes.
  public let entries: [FileEntry]
  /// Always `working tree`.
  public var origin: String { "working tree" }

  /// The repository's front-matter cache, when enabled.
  public let frontMatterCache: FrontMatterCache?

  private let listed: Set<String>

  /// Creates a snapshot over already listed entries.
  init(root: String, directory: String, entries: [FileEntry], frontMatterCache: FrontMatterCache? = nil) {
    self.root = root
    self.directory = directory
    self.entries = entries
    self.frontMatterCache = frontMatterCache
    listed = Set(entries.map(\.path))
  }

  /// The bytes of a listed file as they are now; a file replaced by a symbolic link is refused.
  /// - Throws: `GitError.notFound` when `path` is not listed, `.io` when it cannot be read.
  public func contents(of path: String) throws -> Data {
    guard listed.contains(path) else { throw GitError.notFound(path: path, revision: "the working tree") }
    let absolute = directory + "/" + path
    let descriptor = open(absolute, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { throw GitError.posix("read", absolute) }
    defer { close(descriptor) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw GitError.posix("read", absolute)
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
    }
  }
}

extension GitRepository {
  /// The files on disk under `root`: regular files only, symbolic links never followed, `.git`
  /// skipped, and files git ignores left out unless they are tracked.
  ///
  /// Blob ids are the git ids of the bytes on disk (`git_odb_hashfile`, no filters), so an
  /// unchanged file has the same id as in HEAD.
  /// - Throws: `GitError.bareRepository`, `.invalidPath`, `.notFound` when `root` is not a real
  ///   folder, and libgit2 or I/O errors.
  public func workingTreeSnapshot(root: String = "") throws -> WorkingTreeSnapshot {
    guard let workdir = workingDirectory else { throw GitError.bareRepository(gitDirectory: gitDirectory) }
    let root = try GitPath.root(root)
    var info = stat()
    for folder in GitPath.ancestors(of: root + "/x") where !root.isEmpty {
      let absolute = workdir + "/" + folder
      guard lstat(absolute, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
        throw GitError.notFound(path: folder, revision: "the working tree (as a real folder)")
      }
    }
    let tracked = try trackedPaths()
    var entries: [FileEntry] = []
    try scan(folder: root, workdir: workdir, root: root, tracked: tracked, into: &entries)
    entries.sort { byteOrder($0.path, $1.path) }
    let directory = root.isEmpty ? workdir : workdir + "/" + root
    return WorkingTreeSnapshot(
      root: root, directory: directory, entries: entries, frontMatterCache: frontMatterCache)
  }

  /// The paths in the index, and every folder that contains one.
  private func trackedPaths() throws -> (files: Set<String>, folders: Set<String>) {
    var index: OpaquePointer?
    try check("git_repository_index", git_repository_index(&index, pointer))
    defer { git_index_free(index) }
    try check("git_index_read", git_index_read(index, 0))
    var files = Set<String>()
    var folders = Set<String>()
    for position in 0..<git_index_entrycount(index) {
      guard let entry = git_index_get_byindex(index, position) else { continue }
      let path = swiftString(entry.pointee.path)
      files.insert(path)
      folders.formUnion(GitPath.ancestors(of: path))
    }
    return (files, folders)
  }

  private func scan(
    folder: String, workdir: String, root: String, tracked: (files: Set<String>, folders: Set<String>),
    into entries: inout [FileEntry]
  ) throws {
    let absoluteFolder = folder.isEmpty ? workdir : workdir + "/" + folder
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: absoluteFolder)
    } catch {
      throw GitError.io(operation: "list", path: absoluteFolder, errno: EIO)
    }
    var info = stat()
    for name in names where GitPath.isSafeName(name) && name.lowercased() != ".git" {
      let path = folder.isEmpty ? name : folder + "/" + name
      let absolute = workdir + "/" + path
      guard lstat(absolute, &info) == 0 else {
        if errno == ENOENT { continue }
        throw GitError.posix("inspect", absolute)
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        if try isIgnored(path + "/"), !tracked.folders.contains(path) { continue }
        try scan(folder: path, workdir: workdir, root: root, tracked: tracked, into: &entries)
      case S_IFREG:
        if try isIgnored(path), !tracked.files.contains(path) { continue }
        var id = git_oid()
        try check("git_odb_hashfile", git_odb_hashfile(&id, absolute, GIT_OBJECT_BLOB))
        let relative = root.isEmpty ? path : String(path.dropFirst(root.count + 1))
        entries.append(FileEntry(path: relative, blobID: id.hex, size: Int(info.st_size)))
      default:
        continue
      }
    }
  }

  private func isIgnored(_ path: String) throws -> Bool {
    var ignored: Int32 = 0
    try check("git_ignore_path_is_ignored", git_ignore_path_is_ignored(&ignored, pointer, path))
    return ignored != 0
  }
}
