import Foundation

/// Reads a ZIP archive from memory, defensively: every offset is bounds-checked, sizes are
/// capped by ``PacketLimits`` before anything is inflated, entries may not overlap, and each
/// entry must decode to exactly its declared size and CRC-32.
enum ZipReader {
  /// The entries of `bytes`, in the order of the central directory.
  static func entries(of bytes: [UInt8], limits: PacketLimits) throws(PacketReadError) -> [PacketEntry] {
    let archive = ZipBytes(bytes: bytes)
    let end = try endRecordOffset(in: archive)
    guard try archive.uint16(at: end + 4) == 0, try archive.uint16(at: end + 6) == 0 else {
      throw .unsupported("spans several disks")
    }
    let count = try archive.uint16(at: end + 10)
    let directorySize = try archive.uint32(at: end + 12)
    let directoryOffset = try archive.uint32(at: end + 16)
    guard try archive.uint16(at: end + 8) == count else { throw .unsupported("spans several disks") }
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw .unsupported("needs ZIP64")
    }
    guard count <= limits.maxEntries else {
      throw .limitExceeded("\(count) entries, more than \(limits.maxEntries)")
    }
    guard directoryOffset + directorySize == end else {
      throw .malformed("central directory does not end where the end record starts")
    }

    var central: [ZipCentralEntry] = []
    var seen: Set<String> = []
    var total = 0
    var offset = directoryOffset
    for _ in 0..<count {
      let entry = try ZipCentralEntry(archive, at: offset, limits: limits)
      guard seen.insert(entry.path).inserted else { throw .duplicatePath(entry.path) }
      total += entry.size
      guard total <= limits.maxTotalSize else {
        throw .limitExceeded("entries declare more than \(limits.maxTotalSize) bytes in all")
      }
      central.append(entry)
      offset += entry.recordSize
    }
    guard offset == end else { throw .malformed("central directory size does not match its records") }

    let ranges = try central.map { (entry) throws(PacketReadError) in
      try dataRange(of: entry, in: archive, before: directoryOffset)
    }
    try checkNoOverlap(ranges)
    var result: [PacketEntry] = []
    for (entry, range) in zip(central, ranges) {
      result.append(try decode(entry, data: Array(archive.bytes[range])))
    }
    return result
  }

  private static func endRecordOffset(in zip: ZipBytes) throws(PacketReadError) -> Int {
    let last = zip.bytes.count - ZipFormat.endRecordSize
    guard last >= 0 else { throw .malformed("too short for an end record") }
    // The record may be followed by a comment of up to 65 535 bytes; its length must match.
    for offset in stride(from: last, through: max(0, last - 0xFFFF), by: -1) {
      if try zip.uint32(at: offset) == Int(ZipFormat.endSignature),
        try zip.uint16(at: offset + 20) == last - offset
      {
        return offset
      }
    }
    throw .malformed("no end of central directory record")
  }

  private static func dataRange(
    of entry: ZipCentralEntry, in zip: ZipBytes, before directory: Int
  ) throws(PacketReadError) -> Range<Int> {
    let header = entry.localHeaderOffset
    guard try zip.uint32(at: header) == Int(ZipFormat.localHeaderSignature) else {
      throw .malformed("\(entry.path): no local header at offset \(header)")
    }
    guard try zip.uint16(at: header + 8) == entry.method else {
      throw .malformed("\(entry.path): local and central compression methods differ")
    }
    let nameLength = try zip.uint16(at: header + 26)
    let extraLength = try zip.uint16(at: header + 28)
    let name = try zip.slice(at: header + ZipFormat.localHeaderSize, count: nameLength)
    guard name.elementsEqual(entry.nameBytes) else {
      throw .malformed("\(entry.path): local and central names differ")
    }
    let start = header + ZipFormat.localHeaderSize + nameLength + extraLength
    guard start <= directory, entry.compressedSize <= directory - start else {
      throw .malformed("\(entry.path): data runs into the central directory")
    }
    return header..<(start + entry.compressedSize)
  }

  // Overlapping entries are how non-recursive zip bombs reuse one compressed stream many times.
  private static func checkNoOverlap(_ ranges: [Range<Int>]) throws(PacketReadError) {
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.lowerBound < earlier.upperBound {
      throw .malformed("entries overlap at byte \(later.lowerBound)")
    }
  }

  private static func decode(_ entry: ZipCentralEntry, data: [UInt8]) throws(PacketReadError) -> PacketEntry {
    // `data` begins at the local header; the compressed bytes are its last `compressedSize` bytes.
    let compressed = Array(data.suffix(entry.compressedSize))
    let contents: [UInt8]
    if entry.method == Int(ZipFormat.stored) {
      contents = compressed
    } else {
      do {
        contents = try Inflate.decompress(compressed, limit: entry.size)
      } catch {
        switch error {
        case .tooLarge:
          throw .corruptEntry(entry.path, reason: "inflates to more than the declared \(entry.size) bytes")
        case .truncated: throw .corruptEntry(entry.path, reason: "deflate stream is truncated")
        case .invalid(let reason):
          throw .corruptEntry(entry.path, reason: "invalid deflate stream (\(reason))")
        }
      }
    }
    guard contents.count == entry.size else {
      throw .corruptEntry(entry.path, reason: "\(contents.count) bytes, not the declared \(entry.size)")
    }
    guard CRC32.checksum(contents) == entry.crc else {
      throw .corruptEntry(entry.path, reason: "CRC-32 mismatch")
    }
    return PacketEntry(path: entry.path, contents: Data(contents))
  }
}
