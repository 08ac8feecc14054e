import Foundation
import GitStore
import ISMSCore

#if canImport(Glibc)
  import Glibc
#endif

/// The one way `isms` writes a file the user names (packets, exports, calendars, CODEOWNERS):
/// through a temporary file in the same folder, synced and renamed over the target, so a reader
/// never sees half a file; readable by the user only (0600) when it holds confidential content.
///
/// Rules, checked before anything is written (docs/security.md):
/// - the target is absent or a regular file the user may write; a device, FIFO, socket or folder
///   is refused, and so is a read-only file. An existing regular file is replaced.
/// - a symbolic link at the target is replaced by the new file, never written through; a link
///   that leads to anything but a regular file is refused like that thing.
/// - nothing is written inside a `.git` folder (any component of the path, symbolic links
///   resolved) or inside the repository's git directory, wherever that is.
enum OutputFile {
  /// Writes `data` to `url`, creating its missing folders when `createFolders`.
  /// - Parameter repository: the repository whose git directory is refused, besides every `.git`.
  /// - Throws: `CLIError` naming the file; nothing was written then.
  static func write(
    _ data: Data, to url: URL, confidential: Bool, repository: GitRepository?, createFolders: Bool = false
  ) throws {
    try write(to: url, confidential: confidential, repository: repository, createFolders: createFolders) {
      stream in try data.withUnsafeBytes { try stream.write($0) }
    }
  }

  /// Writes to `url` what `produce` hands its ``Stream``, piece by piece, so that large output (a
  /// packet) need not be in memory at once; the file appears, whole, only once `produce` returns.
  /// - Throws: `CLIError` naming the file, or what `produce` throws; nothing was written then.
  static func write(
    to url: URL, confidential: Bool, repository: GitRepository?, createFolders: Bool = false,
    _ produce: (Stream) throws -> Void
  ) throws {
    let target = try check(url, repository: repository)
    let folder = target.deletingLastPathComponent()
    if createFolders { try Self.createFolders(folder) }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw CLIError(
        "cannot write \(target.path): the folder \(folder.path) does not exist; create it first.")
    }
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp").path
    // Confidential output gets 0600 whatever the umask; other output follows the umask as usual.
    let mode: mode_t = confidential ? 0o600 : 0o666
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw failure("create", temporary) }
    do {
      let stream = Stream(descriptor: descriptor, path: temporary)
      defer { stream.close() }
      try produce(stream)
      guard (!confidential || fchmod(descriptor, mode) == 0) && fsync(descriptor) == 0 else {
        throw failure("write", temporary)
      }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    guard rename(temporary, target.path) == 0 else {
      let renameError = failure("replace", target.path)
      unlink(temporary)
      throw renameError
    }
  }

  /// `url` made absolute with symbolic links resolved in the folders that exist (the file itself
  /// is not resolved: a link there is replaced, not followed).
  static func resolved(_ url: URL) -> URL {
    let folder = url.standardizedFileURL.deletingLastPathComponent()
    var existing = folder
    while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
      existing = existing.deletingLastPathComponent()
    }
    let resolvedFolder = URL(
      fileURLWithPath: existing.resolvingSymlinksInPath().path + folder.path.dropFirst(existing.path.count),
      isDirectory: true
    ).standardizedFileURL
    return resolvedFolder.appendingPathComponent(url.lastPathComponent)
  }

  /// The resolved target, once the rules above allow writing it; commands that work long before
  /// they write check first, so that a refusal comes at once.
  /// - Throws: `CLIError` saying which rule refuses it.
  @discardableResult
  static func check(_ url: URL, repository: GitRepository?) throws -> URL {
    let target = resolved(url)
    let shown = url.path
    if target.pathComponents.contains(where: { $0.lowercased() == ".git" })
      || (repository?.gitDirectories ?? []).contains(where: { target.path.hasPrefix(realPath($0) + "/") })
    {
      throw CLIError(
        "refusing to write \(shown): it is inside a git directory (.git), which only git may change; "
          + "choose a path outside it. Nothing was written.")
    }
    var info = stat()
    guard lstat(target.path, &info) == 0 else { return target }
    var kind = info.st_mode & S_IFMT
    if kind == S_IFLNK {
      // The link itself is replaced; only what it leads to decides whether that is what was meant.
      guard stat(target.path, &info) == 0 else { return target }
      kind = info.st_mode & S_IFMT
      if kind == S_IFREG { return target }
    }
    switch kind {
    case S_IFREG:
      guard info.st_mode & 0o222 != 0, access(target.path, W_OK) == 0 else {
        throw CLIError(
          "refusing to replace \(shown): it is read-only; make it writable or choose another file. "
            + "Nothing was written.")
      }
      return target
    case S_IFDIR:
      throw CLIError("cannot write \(shown): it is a folder; name a file in it. Nothing was written.")
    default:
      let what = kind == S_IFCHR || kind == S_IFBLK ? "a device" : kind == S_IFIFO ? "a FIFO" : "a socket"
      throw CLIError(
        "refusing to write \(shown): it is \(what), not a regular file; isms writes regular files only. "
          + "Nothing was written.")
    }
  }

  private static func realPath(_ path: String) -> String {
    URL(fileURLWithPath: path, isDirectory: true).resolvingSymlinksInPath().standardizedFileURL.path
  }

  /// Creates `folder` and any missing folder above it.
  /// - Throws: `CLIError` naming the folder, and the file in the way when there is one.
  static func createFolders(_ folder: URL) throws {
    var path = ""
    var info = stat()
    for component in folder.standardizedFileURL.pathComponents.dropFirst() {
      path += "/" + component
      if mkdir(path, 0o777) == 0 { continue }
      guard errno == EEXIST else { throw failure("create the folder", path) }
      guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
        throw CLIError(
          "cannot create the folder \(folder.path): \(path) is a file, not a folder; nothing was written.")
      }
    }
  }

  private static func failure(_ operation: String, _ path: String) -> CLIError {
    CLIError("cannot \(operation) \(path): \(String(cString: strerror(errno))); nothing was written there.")
  }

  /// What a producer writes the file through (see ``write(to:confidential:repository:createFolders:_:)``).
  final class Stream {
    private let descriptor: Int32
    private let path: String
    private var held: Int32 = -1

    fileprivate init(descriptor: Int32, path: String) {
      self.descriptor = descriptor
      self.path = path
    }

    /// Appends `bytes` to the file.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
      try OutputFile.write(bytes, to: descriptor, path: path)
    }

    /// Keeps `bytes` aside until ``writeHeld()``, for output that waits on what comes before it (a
    /// packet's files that sort after its manifest): on disk, in a file beside the one being
    /// written that has no name (it is removed as soon as it is made) and only its owner may read.
    func hold(_ bytes: UnsafeRawBufferPointer) throws {
      if held < 0 {
        let name = path + ".held"
        held = open(name, O_CREAT | O_EXCL | O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard held >= 0 else { throw OutputFile.failure("create", name) }
        unlink(name)
      }
      try OutputFile.write(bytes, to: held, path: path + ".held")
    }

    /// Appends what ``hold(_:)`` kept, in order, and lets it go.
    func writeHeld() throws {
      guard held >= 0 else { return }
      guard lseek(held, 0, SEEK_SET) == 0 else { throw OutputFile.failure("read", path + ".held") }
      var buffer = [UInt8](repeating: 0, count: 1 << 20)
      while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(held, $0.baseAddress, $0.count) }
        if count < 0 {
          if errno == EINTR { continue }
          throw OutputFile.failure("read", path + ".held")
        }
        if count == 0 { break }
        try buffer.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
      }
      close()
    }

    /// Lets go of what is held.
    fileprivate func close() {
      if held >= 0 { Glibc.close(held) }
      held = -1
    }
  }

  /// Writes all of `bytes` to `descriptor` (the file at `path`).
  private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
    var offset = 0
    while offset < bytes.count {
      let count = Glibc.write(descriptor, bytes.baseAddress?.advanced(by: offset), bytes.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        throw failure("write", path)
      }
      offset += count
    }
  }
}
