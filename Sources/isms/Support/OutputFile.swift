import Foundation
import ISMSCore

/// Writes report and export files atomically, never through a symbolic link, and readable by the
/// user only (0600) when the ISMS holds confidential content.
enum OutputFile {
  /// Writes `data` to `url` through a temporary file in the same folder.
  /// - Throws: `CLIError` naming the file.
  static func write(_ data: Data, to url: URL, confidential: Bool) throws {
    let target = url.path
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid()).tmp"
    ).path
    // Confidential output gets 0600 whatever the umask; other output follows the umask as usual.
    let mode: mode_t = confidential ? 0o600 : 0o666
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw failure("create", temporary) }
    let written = data.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let count = Foundation.write(
          descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += count
      }
      return (!confidential || fchmod(descriptor, mode) == 0) && fsync(descriptor) == 0
    }
    let error = failure("write", temporary)
    close(descriptor)
    guard written, rename(temporary, target) == 0 else {
      unlink(temporary)
      throw written ? failure("replace", target) : error
    }
  }

  private static func failure(_ operation: String, _ path: String) -> CLIError {
    CLIError("cannot \(operation) \(path): \(String(cString: strerror(errno))); nothing was written there.")
  }
}
