/// Bounds-checked little-endian reads from an archive's bytes; a read past the end throws.
struct ZipBytes {
  /// The whole archive.
  let bytes: [UInt8]

  /// The 16-bit number at `offset`.
  func uint16(at offset: Int) throws(PacketReadError) -> Int {
    let slice = try self.slice(at: offset, count: 2)
    return Int(slice[slice.startIndex]) | Int(slice[slice.startIndex + 1]) << 8
  }

  /// The 32-bit number at `offset`.
  func uint32(at offset: Int) throws(PacketReadError) -> Int {
    let slice = try self.slice(at: offset, count: 4)
    return slice.reversed().reduce(0) { $0 << 8 | Int($1) }
  }

  /// `count` bytes from `offset`.
  func slice(at offset: Int, count: Int) throws(PacketReadError) -> ArraySlice<UInt8> {
    guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else {
      throw .malformed("truncated at byte \(offset)")
    }
    return bytes[offset..<(offset + count)]
  }
}
