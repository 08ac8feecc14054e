/// Where a packet's bytes are read from: memory, or a file read piece by piece, so that checking
/// a packet never needs the whole archive in memory.
public protocol PacketByteSource {
  /// The number of bytes.
  var count: Int { get }
  /// The `count` bytes from `offset`, which the caller keeps inside ``count``.
  /// - Throws: ``PacketReadError/unreadable(_:)`` when they cannot be read.
  func bytes(at offset: Int, count: Int) throws(PacketReadError) -> [UInt8]
}

/// A packet held in memory.
struct PacketMemorySource: PacketByteSource {
  /// The whole archive.
  let archive: [UInt8]

  var count: Int { archive.count }

  func bytes(at offset: Int, count: Int) throws(PacketReadError) -> [UInt8] {
    guard offset >= 0, count >= 0, offset <= archive.count, count <= archive.count - offset else {
      throw .malformed("truncated at byte \(offset)")
    }
    return Array(archive[offset..<(offset + count)])
  }
}
