/// Bounds-checked little-endian reads from a piece of an archive; a read outside it throws.
struct ZipBytes {
  /// The piece of the archive.
  let bytes: [UInt8]
  /// The offset in the archive of the piece's first byte; every offset below is in the archive.
  var base = 0

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
    let start = offset - base
    guard start >= 0, count >= 0, start <= bytes.count, count <= bytes.count - start else {
      throw .malformed("truncated at byte \(offset)")
    }
    return bytes[start..<(start + count)]
  }
}
