import Foundation
import ISMSCore

/// The cache files of one folder (`<git dir>/isms-cache/v1`): read mapped, replaced atomically or
/// appended to, never followed through a symbolic link. What they hold is ISMSCore's to encode
/// and decode (``FrontMatterCache``, ``ValidationIndex``, ``HistoryCache``).
public struct CacheFolder: CacheStorage {
  /// The folder, created with its parents on the first write.
  public let directory: String

  /// The cache files of `directory`.
  public init(directory: String) { self.directory = directory }

  /// The file's bytes, or `nil` when it is missing, not a regular file, or unreadable.
  public func read(_ name: String) -> Data? {
    let path = directory + "/" + name
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size < 1 << 31 else {
      return nil
    }
    let size = Int(info.st_size)
    guard size > 0 else { return Data() }
    // Mapped rather than copied (most of it, the bodies, is never looked at by most commands).
    // Safe because the file is only ever replaced by a rename or appended to, never rewritten or
    // shortened in place, so the mapped file cannot shrink under this process.
    guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
      mapped != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    return Data(
      bytesNoCopy: mapped, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
  }

  /// Lets the system take back the pages of a file ``read(_:)`` mapped that lie wholly within
  /// `data` (all of it, or a slice): they stay mapped, and a page read again comes back from the
  /// file (never written through this mapping).
  public func release(_ data: Data) {
    data.withUnsafeBytes { bytes in
      guard let base = bytes.baseAddress else { return }
      let page = Int(getpagesize())
      let start = (Int(bitPattern: base) + page - 1) / page * page
      let end = (Int(bitPattern: base) + bytes.count) / page * page
      guard end > start, let first = UnsafeMutableRawPointer(bitPattern: start) else { return }
      _ = madvise(first, end - start, MADV_DONTNEED)
    }
  }

  /// Removes the oldest files `<prefix>*.bin` of the folder other than `current`, so that at most
  /// `count` remain with it.
  func prune(prefix: String, keeping current: String, count: Int) {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
    let others = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".bin") && $0 != current }
    guard others.count >= count else { return }
    let dated = others.map { name in
      let date = (try? manager.attributesOfItem(atPath: directory + "/" + name))?[.modificationDate] as? Date
      return (name, date ?? .distantPast)
    }
    for (name, _) in dated.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }).dropLast(count - 1) {
      try? manager.removeItem(atPath: directory + "/" + name)
    }
  }

  /// Appends `data` to the file `name` when it exists, is a regular file and still starts with
  /// `header` (not replaced meanwhile by another format or build), in one write at the end of the
  /// file whatever other writers append.
  /// - Returns: whether all of `data` was written.
  public func append(_ data: Data, to name: String, header: Data) -> Bool {
    let descriptor = open(directory + "/" + name, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    var start = [UInt8](repeating: 0, count: header.count)
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
      pread(descriptor, &start, start.count, 0) == header.count, start.elementsEqual(header)
    else { return false }
    return writeAll(data, to: descriptor)
  }

  /// Creates the folders of ``directory`` that are missing (each must be a real folder, not a
  /// link), writes a temporary file next to `name` and renames it over `name`.
  /// - Returns: whether the file was replaced.
  public func write(_ data: Data, to name: String) -> Bool {
    guard Self.makeFolders(directory) else { return false }
    let temporary = directory + "/." + name + ".\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    let written = writeAll(data, to: descriptor)
    guard close(descriptor) == 0, written, rename(temporary, directory + "/" + name) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }

  /// Creates `directory` and its parents below the first existing one; every existing one
  /// on the way must be a real folder.
  private static func makeFolders(_ directory: String) -> Bool {
    var info = stat()
    if lstat(directory, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR }
    let parent = (directory as NSString).deletingLastPathComponent
    guard !parent.isEmpty, parent != directory, makeFolders(parent) else { return false }
    return mkdir(directory, 0o755) == 0
      || (errno == EEXIST && lstat(directory, &info) == 0
        && info.st_mode & S_IFMT == S_IFDIR)
  }
}

/// Writes all of `data`, resuming after interruptions.
private func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
  data.withUnsafeBytes { raw -> Bool in
    var offset = 0
    while offset < raw.count {
      // swift-format-ignore: NeverForceUnwrap
      // Why: these buffers are never empty, so they always have a base address.
      let count = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      offset += count
    }
    return true
  }
}
