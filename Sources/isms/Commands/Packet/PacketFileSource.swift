import Foundation
import ISMSCore

/// A packet on disk, read piece by piece as ``PacketVerifier`` asks, so that checking a packet of
/// any size holds only what the verifier holds.
final class PacketFileSource: PacketByteSource {
  private let handle: FileHandle
  /// The file's size in bytes.
  let count: Int

  /// Opens the regular file at `path` (a folder, device or pipe is refused, never waited on).
  init(path: String) throws {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let type = (try? FileManager.default.attributesOfItem(atPath: target))?[.type] as? FileAttributeType
    guard type == .typeRegular, let handle = FileHandle(forReadingAtPath: path) else {
      throw CLIError("cannot read \(path); check the path (a packet is a regular file).")
    }
    self.handle = handle
    do {
      count = Int(try handle.seekToEnd())
    } catch {
      throw CLIError("cannot read \(path): \(error.localizedDescription).")
    }
  }

  deinit { try? handle.close() }

  func bytes(at offset: Int, count: Int) throws(PacketReadError) -> [UInt8] {
    guard offset >= 0, count >= 0, offset <= self.count, count <= self.count - offset else {
      throw .malformed("truncated at byte \(offset)")
    }
    do {
      try handle.seek(toOffset: UInt64(offset))
      var result: [UInt8] = []
      result.reserveCapacity(count)
      while result.count < count {
        guard let data = try handle.read(upToCount: count - result.count), !data.isEmpty else {
          throw PacketReadError.unreadable("the file ends before byte \(offset + count)")
        }
        result.append(contentsOf: data)
      }
      return result
    } catch let error as PacketReadError {
      throw error
    } catch {
      throw .unreadable(error.localizedDescription)
    }
  }
}
