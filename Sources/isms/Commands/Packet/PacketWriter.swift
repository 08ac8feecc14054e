import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a packet the safe way: a temporary file in the target folder, created with the final
/// mode, synced, then renamed over the target, so a reader never sees half a packet and a
/// confidential packet is never readable by others, not even for a moment.
enum PacketWriter {
  /// Writes `data` to `target` with mode 0600 when `confidential`, else 0644.
  static func write(_ data: Data, to target: URL, confidential: Bool) throws {
    let folder = target.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw CLIError("cannot write \(target.path): folder \(folder.path) does not exist.")
    }
    let mode: mode_t = confidential ? 0o600 : 0o644
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      throw CLIError("cannot create \(temporary.path): \(String(cString: strerror(errno))).")
    }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let base = buffer.baseAddress {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += written
      }
    }
    // The umask may have narrowed the mode given to open; set it exactly.
    if failure == nil, fchmod(descriptor, mode) != 0 { failure = String(cString: strerror(errno)) }
    if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    close(descriptor)
    if failure == nil, rename(temporary.path, target.path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary.path)
      throw CLIError("cannot write \(target.path): \(failure).")
    }
  }
}
