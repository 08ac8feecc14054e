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
  /// Symbolic links, and files and folders whose names are not UTF-8 or hold a backslash.
  public let skipped: [SkippedFile]
  /// Always `working tree`.
  public var origin: String { "working tree" }

  /// The repository's front-matter cache, when enabled.
  public let frontMatterCache: FrontMatterCache?

  private let listed: Set<String>

  /// Creates a snapshot over already listed entries.
  init(
    root: String, directory: String, entries: [FileEntry], skipped: [SkippedFile] = [],
    frontMatterCache: FrontMatterCache? = nil
  ) {
    self.root = root
    self.directory = directory
    self.entries = entries
    self.skipped = skipped
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
  /// The working directory and `root` checked (``GitPath/root(_:)``) to be a real folder in it,
  /// every folder on the way included (no symbolic link leads out of the working tree).
  /// - Throws: `GitError.bareRepository`, `.invalidPath`, `.notFound`.
  func workingRoot(_ root: String) throws -> (workdir: String, root: String) {
    guard let workdir = workingDirectory else { throw GitError.bareRepository(gitDirectory: gitDirectory) }
    let root = try GitPath.root(root)
    var info = stat()
    for folder in GitPath.ancestors(of: root + "/x") where !root.isEmpty {
      guard lstat(workdir + "/" + folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
        throw GitError.notFound(path: folder, revision: "the working tree (as a real folder)")
      }
    }
    return (workdir, root)
  }

  /// The files on disk under `root`: regular files only, symbolic links never followed, `.git`
  /// skipped, and files git ignores left out unless they are tracked.
  ///
  /// Blob ids are the ids `git add` would give the files: of the bytes on disk, with the clean
  /// filters applied when any could (`core.autocrlf`, or any attributes file: a CRLF checkout of
  /// an LF commit), so an unchanged file has the same id as in HEAD. Like git, a file whose stat
  /// data (size, modification and change times, inode) matches its index entry takes the entry's
  /// id without being read, unless the entry is racily clean (see ``IndexStat``) or filters could
  /// apply.
  /// - Throws: `GitError.bareRepository`, `.invalidPath`, `.notFound` when `root` is not a real
  ///   folder, and libgit2 or I/O errors.
  public func workingTreeSnapshot(root: String = "") throws -> WorkingTreeSnapshot {
    let (workdir, root) = try workingRoot(root)
    let tracked = try trackedIndex()
    var found: [FoundFile] = []
    var skipped: [SkippedFile] = []
    try scan(folder: root, workdir: workdir, tracked: tracked, into: &found, skipping: &skipped)
    let filtered = try filtersMayApply(root: root, workdir: workdir, tracked: tracked, found: found)
    let trustIndex = tracked.written != nil && !filtered
    var entries: [FileEntry] = []
    entries.reserveCapacity(found.count)
    for file in found {
      let id: git_oid
      if trustIndex, let written = tracked.written, let entry = tracked.blobs[file.path],
        entry.stat.vouches(for: file.stat, indexWritten: written)
      {
        id = entry.id
      } else {
        guard
          let hashed = try workingBlobID(at: workdir + "/" + file.path, path: file.path, filtered: filtered)
        else { continue }
        id = hashed
      }
      let relative = root.isEmpty ? file.path : String(file.path.dropFirst(root.count + 1))
      entries.append(FileEntry(path: relative, blobID: id.hex, size: file.size))
    }
    entries.sort { byteOrder($0.path, $1.path) }
    let directory = root.isEmpty ? workdir : workdir + "/" + root
    let inRoot = skipped.map { file in
      SkippedFile(
        path: root.isEmpty ? file.path : String(file.path.dropFirst(root.count + 1)), isFolder: file.isFolder,
        reason: file.reason)
    }
    return WorkingTreeSnapshot(
      root: root, directory: directory, entries: entries, skipped: inRoot, frontMatterCache: frontMatterCache)
  }

  /// A regular file met by the scan, its path relative to the repository top.
  private struct FoundFile {
    let path: String
    let size: Int
    let stat: IndexStat
  }

  /// What the index says: its stage-0 file entries, every folder that holds one, and when the
  /// index file was written (`nil` when it does not exist).
  private struct TrackedIndex {
    var files = Set<String>()
    var folders = Set<String>()
    /// The entries whose id may stand for the file (regular files, merged, not intent-to-add).
    var blobs: [String: (stat: IndexStat, id: git_oid)] = [:]
    var written: IndexStat.Timestamp?
  }

  private func trackedIndex() throws -> TrackedIndex {
    var index: OpaquePointer?
    try check("git_repository_index", git_repository_index(&index, pointer))
    defer { git_index_free(index) }
    try check("git_index_read", git_index_read(index, 0))
    var tracked = TrackedIndex()
    var info = stat()
    if let path = git_index_path(index), stat(path, &info) == 0 {
      tracked.written = IndexStat.Timestamp(info.st_mtim)
    }
    tracked.files.reserveCapacity(git_index_entrycount(index))
    tracked.blobs.reserveCapacity(git_index_entrycount(index))
    for position in 0..<git_index_entrycount(index) {
      guard let entry = git_index_get_byindex(index, position) else { continue }
      let path = swiftString(entry.pointee.path)
      let stage = (Int32(entry.pointee.flags) & GIT_INDEX_ENTRY_STAGEMASK) >> GIT_INDEX_ENTRY_STAGESHIFT
      let intentToAdd =
        Int32(entry.pointee.flags_extended) & Int32(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue) != 0
      tracked.files.insert(path)
      if stage == 0, !intentToAdd, entry.pointee.mode & UInt32(S_IFMT) == UInt32(S_IFREG) {
        tracked.blobs[path] = (IndexStat(entry.pointee), entry.pointee.id)
      }
      // A folder already known has its ancestors known too.
      var folder = path
      while let slash = folder.lastIndex(of: "/") {
        folder = String(folder[..<slash])
        guard tracked.folders.insert(folder).inserted else { break }
      }
    }
    return tracked
  }

  /// Whether a clean (smudge-free) filter could make an index id differ from the id of the bytes
  /// on disk: `core.autocrlf`, `core.attributesFile`, or any attributes file git would read
  /// (in the working tree or index, above the root, `info/attributes`, the system's or the user's).
  private func filtersMayApply(root: String, workdir: String, tracked: TrackedIndex, found: [FoundFile])
    throws -> Bool
  {
    var config: OpaquePointer?
    try check("git_repository_config_snapshot", git_repository_config_snapshot(&config, pointer))
    defer { git_config_free(config) }
    var autocrlf: Int32 = 0
    let rc = git_config_get_bool(&autocrlf, config, "core.autocrlf")
    // `input` is not a boolean: any value other than false means conversion.
    if !isCode(rc, GIT_ENOTFOUND), rc < 0 || autocrlf != 0 { return true }
    var buffer = git_buf()
    defer { git_buf_dispose(&buffer) }
    if !isCode(git_config_get_string_buf(&buffer, config, "core.attributesfile"), GIT_ENOTFOUND) {
      return true
    }
    func isAttributes(_ path: String) -> Bool {
      path == ".gitattributes" || path.hasSuffix("/.gitattributes")
    }
    if found.contains(where: { isAttributes($0.path) }) || tracked.files.contains(where: isAttributes) {
      return true
    }
    var candidates = [gitDirectory + "/info/attributes", "/etc/gitattributes"]
    if let common = git_repository_commondir(pointer) {
      candidates.append(swiftString(common) + "/info/attributes")
    }
    let environment = ProcessInfo.processInfo.environment
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { candidates.append(xdg + "/git/attributes") }
    if let home = environment["HOME"], !home.isEmpty { candidates.append(home + "/.config/git/attributes") }
    for folder in [""] + GitPath.ancestors(of: root + "/x") {
      candidates.append(workdir + "/" + (folder.isEmpty ? "" : folder + "/") + ".gitattributes")
    }
    var info = stat()
    return candidates.contains { lstat($0, &info) == 0 }
  }

  private func scan(
    folder: String, workdir: String, tracked: TrackedIndex, into found: inout [FoundFile],
    skipping skipped: inout [SkippedFile]
  ) throws {
    let absoluteFolder = folder.isEmpty ? workdir : workdir + "/" + folder
    var info = stat()
    for (bytes, isFolder) in try Self.names(in: absoluteFolder) {
      if let problem = GitPath.unusableNameProblem(bytes) {
        skipped.append(
          SkippedFile(
            path: GitPath.join(folder, GitPath.shown(bytes)), isFolder: isFolder,
            reason: .unusableName(problem: problem)))
        continue
      }
      guard let name = String(validating: bytes, as: UTF8.self), GitPath.isSafeName(name),
        name.lowercased() != ".git"
      else { continue }
      let path = folder.isEmpty ? name : folder + "/" + name
      let absolute = workdir + "/" + path
      guard lstat(absolute, &info) == 0 else {
        if errno == ENOENT { continue }
        throw GitError.posix("inspect", absolute)
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        // Tracked first: asking libgit2 about ignores costs far more than a set lookup.
        if !tracked.folders.contains(path), try isIgnored(path + "/") { continue }
        try scan(folder: path, workdir: workdir, tracked: tracked, into: &found, skipping: &skipped)
      case S_IFREG:
        if !tracked.files.contains(path), try isIgnored(path) { continue }
        found.append(FoundFile(path: path, size: Int(info.st_size), stat: IndexStat(info)))
      case S_IFLNK:
        if !tracked.files.contains(path), try isIgnored(path) { continue }
        skipped.append(SkippedFile(path: path, reason: .symbolicLink))
      default:
        continue
      }
    }
  }

  /// The names in the folder at `absolute`, as bytes (a name need not be UTF-8), each with whether
  /// the folder listing says it is a folder.
  private static func names(in absolute: String) throws -> [(name: [UInt8], isFolder: Bool)] {
    guard let folder = opendir(absolute) else { throw GitError.posix("list", absolute) }
    defer { closedir(folder) }
    var names: [(name: [UInt8], isFolder: Bool)] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
    }
    return names
  }

  private func isIgnored(_ path: String) throws -> Bool {
    var ignored: Int32 = 0
    try check("git_ignore_path_is_ignored", git_ignore_path_is_ignored(&ignored, pointer, path))
    return ignored != 0
  }
}
