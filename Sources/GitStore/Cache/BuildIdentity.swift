import Foundation
import ISMSCore

/// What every cache is keyed by: the tool version and the identity of the running binary, so
/// that a cache written by any other build (an upgrade, a rebuild with other rules, parsing or
/// catalogs, which are compiled in or digested separately) is never read.
///
/// The identity is the GNU build id the linker writes into the executable (a hash of its
/// contents; Swift on Linux always asks for one), read from the ELF notes of `/proc/self/exe`
/// with a few small reads, once per process (about 30 µs). Without one (another linker, or no
/// `/proc`), it is the file's device, inode, size and modification time, which change whenever
/// the binary is replaced; without even those, the version alone.
public enum BuildIdentity {
  /// `<version>+<build id>`, computed on first use.
  public static let current: String = {
    let binary = "/proc/self/exe"
    return ISMSVersion.current + "+" + (buildID(ofFile: binary) ?? fileIdentity(binary) ?? "unknown")
  }()

  /// The GNU build id (hex) in the ELF notes of the 64-bit little-endian executable at `path`.
  static func buildID(ofFile path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    func read(_ count: Int, at offset: UInt64) -> [UInt8]? {
      guard count > 0, count <= 1 << 16 else { return nil }
      var bytes = [UInt8](repeating: 0, count: count)
      return pread(descriptor, &bytes, count, off_t(offset)) == count ? bytes : nil
    }
    // ELF header: magic, 64-bit (class 2), little-endian (data 1); program headers at 32, their
    // entry size at 54 and count at 56.
    guard let header = read(64, at: 0), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else {
      return nil
    }
    let entrySize = Int(header.uint16(at: 54))
    let count = Int(header.uint16(at: 56))
    guard entrySize >= 56, let table = read(entrySize * count, at: header.uint64(at: 32)) else { return nil }
    for entry in 0..<count where table.uint32(at: entry * entrySize) == 4 {  // PT_NOTE
      guard
        let notes = read(
          Int(table.uint64(at: entry * entrySize + 32)), at: table.uint64(at: entry * entrySize + 8))
      else { continue }
      var offset = 0
      while offset + 12 <= notes.count {
        let nameSize = Int(notes.uint32(at: offset))
        let descriptionSize = Int(notes.uint32(at: offset + 4))
        let description = offset + 12 + (nameSize + 3) / 4 * 4
        guard description + descriptionSize <= notes.count else { break }
        // NT_GNU_BUILD_ID (3), owner "GNU".
        if notes.uint32(at: offset + 8) == 3, nameSize == 4,
          notes[(offset + 12)..<(offset + 15)].elementsEqual("GNU".utf8),
          descriptionSize > 0
        {
          return Hex.lowercase(notes[description..<(description + descriptionSize)])
        }
        offset = description + (descriptionSize + 3) / 4 * 4
      }
    }
    return nil
  }

  /// Device, inode, size and modification time (ns) of the file at `path`.
  static func fileIdentity(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return "\(info.st_dev)-\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }
}

extension [UInt8] {
  fileprivate func uint16(at offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }

  fileprivate func uint32(at offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(self[offset + $1]) << (8 * $1) }
  }

  fileprivate func uint64(at offset: Int) -> UInt64 {
    (0..<8).reduce(0) { $0 | UInt64(self[offset + $1]) << (8 * $1) }
  }
}
