/// Lays out a reproducible ZIP archive in memory.
///
/// The bytes depend on the entries and the timestamp only: entries in UTF-8 byte order of their
/// paths, one timestamp on all of them, mode 0644, no directory entries, no extra fields (so no
/// Unix times, uid or gid), no comments, no data descriptors, version made by "Unix, 2.0", and each
/// entry deflated by ``Deflate`` or stored when deflate would not make it smaller.
enum ZipWriter {
  /// The archive of `entries`, which must already be validated, unique, sorted and within ``PacketLimits``.
  static func archive(_ entries: [PacketEntry], modified: PacketTimestamp) throws(PacketBuildError) -> [UInt8]
  {
    let (date, time) = modified.dosDateTime
    var output: [UInt8] = []
    var central: [UInt8] = []
    // Entries are compressed independently, so on all cores; the layout below stays sequential.
    let compressed = ParallelMap.map(count: entries.count) { index -> (crc: UInt32, deflated: [UInt8]?) in
      let contents = [UInt8](entries[index].contents)
      let deflated = Deflate.compress(contents)
      return (CRC32.checksum(contents), deflated.count < contents.count ? deflated : nil)
    }
    for (entry, (crc, deflated)) in zip(entries, compressed) {
      let name = Array(entry.path.utf8)
      let useDeflate = deflated != nil
      let data = deflated ?? [UInt8](entry.contents)
      let size = entry.contents.count
      let fields = Fields(
        method: useDeflate ? ZipFormat.deflated : ZipFormat.stored, date: date, time: time,
        crc: crc, compressedSize: try size32(data.count, entry.path),
        size: try size32(size, entry.path), nameLength: UInt16(name.count))
      let offset = try size32(output.count, entry.path)

      output.appendLittleEndian(ZipFormat.localHeaderSignature)
      output.appendLittleEndian(ZipFormat.versionNeeded)
      fields.append(to: &output)
      output.appendLittleEndian(UInt16(0))  // extra field length
      output += name
      output += data

      central.appendLittleEndian(ZipFormat.centralHeaderSignature)
      central.appendLittleEndian(ZipFormat.versionMadeBy)
      central.appendLittleEndian(ZipFormat.versionNeeded)
      fields.append(to: &central)
      central.appendLittleEndian(UInt16(0))  // extra field length
      central.appendLittleEndian(UInt16(0))  // comment length
      central.appendLittleEndian(UInt16(0))  // disk number start
      central.appendLittleEndian(UInt16(0))  // internal attributes
      central.appendLittleEndian(ZipFormat.fileAttributes)
      central.appendLittleEndian(offset)
      central += name
    }
    let centralOffset = try size32(output.count, "central directory")
    output += central
    output.appendLittleEndian(ZipFormat.endSignature)
    output.appendLittleEndian(UInt16(0))  // this disk
    output.appendLittleEndian(UInt16(0))  // disk with the central directory
    output.appendLittleEndian(UInt16(entries.count))
    output.appendLittleEndian(UInt16(entries.count))
    output.appendLittleEndian(try size32(central.count, "central directory"))
    output.appendLittleEndian(centralOffset)
    output.appendLittleEndian(UInt16(0))  // comment length
    return output
  }

  /// The fields that local and central headers share, from "flags" to "file name length".
  private struct Fields {
    let method: UInt16
    let date: UInt16
    let time: UInt16
    let crc: UInt32
    let compressedSize: UInt32
    let size: UInt32
    let nameLength: UInt16

    func append(to bytes: inout [UInt8]) {
      bytes.appendLittleEndian(ZipFormat.utf8Flag)
      bytes.appendLittleEndian(method)
      bytes.appendLittleEndian(time)
      bytes.appendLittleEndian(date)
      bytes.appendLittleEndian(crc)
      bytes.appendLittleEndian(compressedSize)
      bytes.appendLittleEndian(size)
      bytes.appendLittleEndian(nameLength)
    }
  }

  // 0xFFFFFFFF itself means "see ZIP64", which packets do not use.
  private static func size32(_ value: Int, _ what: String) throws(PacketBuildError) -> UInt32 {
    guard value < 0xFFFF_FFFF else { throw .tooLarge("\(what) passes the 4 GiB offset limit of ZIP") }
    return UInt32(value)
  }
}
