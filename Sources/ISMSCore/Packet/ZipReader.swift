/// Reads a ZIP archive defensively and in bounded memory: the end record and the central
/// directory first (both bounded by ``PacketLimits``), every offset bounds-checked, sizes and
/// ratios capped before anything is inflated, entries may not overlap, and each entry is
/// streamed from its source in chunks and must decode to exactly its declared size and CRC-32.
enum ZipReader {
  /// Bytes of compressed data read from the source at a time.
  static let chunkSize = 1 << 20

  /// What each entry of `source` holds, in the order of the central directory; the bytes of the
  /// entries for which `keep` (given the path and declared size) says so are kept.
  static func scan(
    _ source: some PacketByteSource, limits: PacketLimits, keep: (_ path: String, _ size: Int) -> Bool
  ) throws(PacketReadError) -> [ZipEntryDigest] {
    let (central, directoryOffset) = try centralDirectory(of: source, limits: limits)
    var starts: [Int] = []
    var ranges: [Range<Int>] = []
    for entry in central {
      let start = try dataStart(of: entry, in: source, before: directoryOffset)
      starts.append(start)
      ranges.append(entry.localHeaderOffset..<(start + entry.compressedSize))
    }
    try checkNoOverlap(ranges)
    var result: [ZipEntryDigest] = []
    for (entry, start) in zip(central, starts) {
      result.append(try read(entry, from: source, at: start, keep: keep(entry.path, entry.size)))
    }
    return result
  }

  /// The entries of the central directory and where it starts, after the checks that need
  /// nothing but the directory.
  private static func centralDirectory(
    of source: some PacketByteSource, limits: PacketLimits
  ) throws(PacketReadError) -> ([ZipCentralEntry], Int) {
    // The end record may be followed by a comment of up to 65 535 bytes.
    let tailSize = min(source.count, ZipFormat.endRecordSize + 0xFFFF)
    let tail = ZipBytes(
      bytes: try source.bytes(at: source.count - tailSize, count: tailSize), base: source.count - tailSize)
    let end = try endRecordOffset(in: tail, archiveSize: source.count)
    guard try tail.uint16(at: end + 4) == 0, try tail.uint16(at: end + 6) == 0 else {
      throw .unsupported("spans several disks")
    }
    let count = try tail.uint16(at: end + 10)
    let directorySize = try tail.uint32(at: end + 12)
    let directoryOffset = try tail.uint32(at: end + 16)
    guard try tail.uint16(at: end + 8) == count else { throw .unsupported("spans several disks") }
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw .unsupported("needs ZIP64")
    }
    guard count <= limits.maxEntries else {
      throw .limitExceeded("\(count) entries, more than \(limits.maxEntries)")
    }
    guard directorySize <= limits.maxDirectorySize else {
      throw .limitExceeded(
        "central directory of \(directorySize) bytes, more than \(limits.maxDirectorySize)")
    }
    guard directoryOffset + directorySize == end else {
      throw .malformed("central directory does not end where the end record starts")
    }
    let directory = ZipBytes(
      bytes: try source.bytes(at: directoryOffset, count: directorySize), base: directoryOffset)
    var central: [ZipCentralEntry] = []
    var seen: Set<String> = []
    var total = 0
    var offset = directoryOffset
    for _ in 0..<count {
      let entry = try ZipCentralEntry(directory, at: offset, limits: limits)
      guard seen.insert(entry.path).inserted else { throw .duplicatePath(entry.path) }
      total += entry.size
      guard total <= limits.maxTotalSize else {
        throw .limitExceeded("entries declare more than \(limits.maxTotalSize) bytes in all")
      }
      central.append(entry)
      offset += entry.recordSize
    }
    guard offset == end else { throw .malformed("central directory size does not match its records") }
    return (central, directoryOffset)
  }

  private static func endRecordOffset(in tail: ZipBytes, archiveSize: Int) throws(PacketReadError) -> Int {
    let last = archiveSize - ZipFormat.endRecordSize
    guard last >= 0 else { throw .malformed("too short for an end record") }
    for offset in stride(from: last, through: max(0, last - 0xFFFF), by: -1) {
      if try tail.uint32(at: offset) == Int(ZipFormat.endSignature),
        try tail.uint16(at: offset + 20) == last - offset
      {
        return offset
      }
    }
    throw .malformed("no end of central directory record")
  }

  /// Where the entry's data starts, after checking its local header against the directory.
  private static func dataStart(
    of entry: ZipCentralEntry, in source: some PacketByteSource, before directory: Int
  ) throws(PacketReadError) -> Int {
    let header = entry.localHeaderOffset
    let fixedSize = ZipFormat.localHeaderSize
    guard header <= directory - fixedSize else {
      throw .malformed("\(entry.path): no local header at offset \(header)")
    }
    let local = ZipBytes(bytes: try source.bytes(at: header, count: fixedSize), base: header)
    guard try local.uint32(at: header) == Int(ZipFormat.localHeaderSignature) else {
      throw .malformed("\(entry.path): no local header at offset \(header)")
    }
    guard try local.uint16(at: header + 8) == entry.method else {
      throw .malformed("\(entry.path): local and central compression methods differ")
    }
    let nameLength = try local.uint16(at: header + 26)
    let extraLength = try local.uint16(at: header + 28)
    guard nameLength == entry.nameBytes.count, nameLength <= directory - header - fixedSize,
      try source.bytes(at: header + fixedSize, count: nameLength).elementsEqual(entry.nameBytes)
    else {
      throw .malformed("\(entry.path): local and central names differ")
    }
    let start = header + fixedSize + nameLength + extraLength
    guard start <= directory, entry.compressedSize <= directory - start else {
      throw .malformed("\(entry.path): data runs into the central directory")
    }
    return start
  }

  // Overlapping entries are how non-recursive zip bombs reuse one compressed stream many times.
  private static func checkNoOverlap(_ ranges: [Range<Int>]) throws(PacketReadError) {
    let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
    for (earlier, later) in zip(sorted, sorted.dropFirst()) where later.lowerBound < earlier.upperBound {
      throw .malformed("entries overlap at byte \(later.lowerBound)")
    }
  }

  /// Streams the entry's data from `source` through the hashes, a chunk at a time.
  private static func read(
    _ entry: ZipCentralEntry, from source: some PacketByteSource, at start: Int, keep: Bool
  ) throws(PacketReadError) -> ZipEntryDigest {
    var hasher = ZipEntryHasher(declaredSize: entry.size, keep: keep)
    if entry.method == Int(ZipFormat.stored) {
      var offset = start
      while offset < start + entry.compressedSize {
        let count = min(chunkSize, start + entry.compressedSize - offset)
        hasher.update(try source.bytes(at: offset, count: count)[...])
        offset += count
      }
    } else {
      hasher = try inflate(entry, from: source, at: start, hashing: hasher)
    }
    guard hasher.count == entry.size else {
      throw .corruptEntry(entry.path, reason: "\(hasher.count) bytes, not the declared \(entry.size)")
    }
    guard hasher.crcValue == entry.crc else {
      throw .corruptEntry(entry.path, reason: "CRC-32 mismatch")
    }
    return hasher.digest(path: entry.path)
  }

  private static func inflate(
    _ entry: ZipCentralEntry, from source: some PacketByteSource, at start: Int,
    hashing initial: ZipEntryHasher
  ) throws(PacketReadError) -> ZipEntryHasher {
    var hasher = initial
    var offset = start
    let end = start + entry.compressedSize
    var reader = BitReader(chunks: { () throws(InflateError) -> [UInt8] in
      let count = min(chunkSize, end - offset)
      guard count > 0 else { return [] }
      defer { offset += count }
      do {
        return try source.bytes(at: offset, count: count)
      } catch {
        if case .unreadable(let reason)? = error as? PacketReadError { throw .unreadable(reason) }
        throw .unreadable(String(describing: error))
      }
    })
    do {
      try Inflate.inflate(&reader, limit: entry.size) { hasher.update($0) }
      return hasher
    } catch {
      switch error {
      case .tooLarge:
        throw .corruptEntry(entry.path, reason: "inflates to more than the declared \(entry.size) bytes")
      case .truncated: throw .corruptEntry(entry.path, reason: "deflate stream is truncated")
      case .invalid(let reason):
        throw .corruptEntry(entry.path, reason: "invalid deflate stream (\(reason))")
      case .unreadable(let reason): throw .unreadable(reason)
      }
    }
  }
}
