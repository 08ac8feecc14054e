/// What the central directory says about one entry, checked against ``PacketLimits``.
struct ZipCentralEntry {
  /// The entry's path, valid UTF-8 and allowed by ``PacketPath``.
  let path: String
  /// The path's bytes as stored.
  let nameBytes: ArraySlice<UInt8>
  /// ``ZipFormat/stored`` or ``ZipFormat/deflated``.
  let method: Int
  /// General-purpose flags.
  let flags: Int
  /// CRC-32 of the uncompressed bytes.
  let crc: UInt32
  /// Bytes of data in the archive.
  let compressedSize: Int
  /// Bytes after decompression.
  let size: Int
  /// Offset of the local header.
  let localHeaderOffset: Int
  /// Bytes this record takes in the central directory.
  let recordSize: Int

  /// Parses the record at `offset`, refusing anything a packet never contains.
  init(_ zip: ZipBytes, at offset: Int, limits: PacketLimits) throws(PacketReadError) {
    guard try zip.uint32(at: offset) == Int(ZipFormat.centralHeaderSignature) else {
      throw .malformed("central directory record \(offset) has a wrong signature")
    }
    let madeBy = try zip.uint16(at: offset + 4)
    flags = try zip.uint16(at: offset + 8)
    method = try zip.uint16(at: offset + 10)
    crc = UInt32(try zip.uint32(at: offset + 16))
    compressedSize = try zip.uint32(at: offset + 20)
    size = try zip.uint32(at: offset + 24)
    let nameLength = try zip.uint16(at: offset + 28)
    let extraLength = try zip.uint16(at: offset + 30)
    let commentLength = try zip.uint16(at: offset + 32)
    let diskStart = try zip.uint16(at: offset + 34)
    let attributes = try zip.uint32(at: offset + 38)
    localHeaderOffset = try zip.uint32(at: offset + 42)
    nameBytes = try zip.slice(at: offset + ZipFormat.centralHeaderSize, count: nameLength)
    recordSize = ZipFormat.centralHeaderSize + nameLength + extraLength + commentLength
    _ = try zip.slice(at: offset, count: recordSize)

    // Decoding replaces invalid UTF-8 with U+FFFD, so a name that does not round-trip was not UTF-8.
    let path = String(decoding: nameBytes, as: UTF8.self)
    guard path.utf8.elementsEqual(nameBytes) else { throw .unsafePath(path, reason: "name is not UTF-8") }
    self.path = path
    if let reason = PacketPath.problem(with: path) { throw .unsafePath(path, reason: reason) }
    // Unix mode in the high half; a symbolic link would extract as a pointer out of the folder.
    if madeBy >> 8 == 3, (attributes >> 16) & 0o170000 == 0o120000 {
      throw .unsafePath(path, reason: "symbolic link")
    }
    if flags & Int(ZipFormat.encryptedFlag) != 0 || flags & (1 << 6) != 0 || flags & (1 << 13) != 0 {
      throw .unsupported("\(path) is encrypted")
    }
    guard method == Int(ZipFormat.stored) || method == Int(ZipFormat.deflated) else {
      throw .unsupported("\(path) uses compression method \(method)")
    }
    if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF
      || diskStart == 0xFFFF
    {
      throw .unsupported("\(path) needs ZIP64")
    }
    guard diskStart == 0 else { throw .unsupported("\(path) is on another disk") }
    guard size <= limits.maxEntrySize else {
      throw .limitExceeded("\(path) declares \(size) bytes, more than \(limits.maxEntrySize)")
    }
    let (ratioBound, overflow) = compressedSize.multipliedReportingOverflow(by: limits.maxRatio)
    guard overflow || size <= ratioBound else {
      throw .limitExceeded("\(path) declares a compression ratio above \(limits.maxRatio)")
    }
    if method == Int(ZipFormat.stored), size != compressedSize {
      throw .corruptEntry(path, reason: "stored entry with different sizes")
    }
  }
}
