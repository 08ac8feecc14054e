import Foundation

/// Lays out a reproducible ZIP archive, one entry after another, as its bytes are handed on.
///
/// The bytes depend on the entries and the timestamp only: entries in the order given (callers
/// give UTF-8 byte order of their paths), one timestamp on all of them, mode 0644, no directory
/// entries, no extra fields (so no Unix times, uid or gid), no comments, no data descriptors,
/// version made by "Unix, 2.0", and each entry deflated by ``Deflate`` or stored when deflate
/// would not make it smaller. Only the central directory (about 90 bytes an entry) is kept.
struct ZipWriter {
  /// One entry's local header and data, ready to be placed; it does not depend on where it lands,
  /// so entries are encoded concurrently and placed in order.
  struct Encoded {
    /// The local header and name.
    let header: [UInt8]
    /// The deflated or stored data, which follows the header.
    let data: [UInt8]
    /// What the central directory records of the entry.
    let placement: Placement
  }

  /// What the central directory records of an entry, and how many bytes it takes in the zip.
  struct Placement {
    fileprivate let fields: Fields
    fileprivate let name: [UInt8]
    fileprivate let size: Int
  }

  private let date: UInt16
  private let time: UInt16
  /// Bytes placed so far: the offset of the next local header.
  private(set) var offset = 0
  private var central: [UInt8] = []
  private var count = 0

  /// A writer stamping every entry `modified`.
  init(modified: PacketTimestamp) {
    (date, time) = modified.dosDateTime
  }

  /// An entry's data as the zip holds it, deflated or stored (when deflate would not make it
  /// smaller), with what the headers record of it; it depends on the bytes only.
  struct Compressed: Sendable, Hashable {
    /// ``ZipFormat/deflated`` or ``ZipFormat/stored``.
    let method: UInt16
    /// The CRC-32 of the bytes.
    let crc: UInt32
    /// The number of bytes.
    let size: Int
    /// What follows the local header.
    let data: [UInt8]
  }

  /// The data of the bytes that `pieces` hands over in order: deflated as they come, and handed
  /// over again to be stored when deflate does not make them smaller.
  static func compress(_ pieces: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows -> Compressed {
    var stream = Deflate.Stream(capacity: 0)
    var crc = CRC32()
    var size = 0
    try pieces { piece in
      stream.append(piece)
      crc.update(piece)
      size += piece.count
    }
    let deflated = stream.finish()
    guard deflated.count >= size else {
      return Compressed(method: ZipFormat.deflated, crc: crc.value, size: size, data: deflated)
    }
    var stored: [UInt8] = []
    stored.reserveCapacity(size)
    try pieces { stored.append(contentsOf: $0) }
    return Compressed(method: ZipFormat.stored, crc: crc.value, size: size, data: stored)
  }

  /// The local record of `contents` at `path`, which must already be validated and within
  /// ``PacketLimits``; `contents` is read in place, not copied (unless stored).
  func encode(path: String, contents: Data) throws(PacketBuildError) -> Encoded {
    try encode(path: path, compressed: Self.compress { body in contents.withUnsafeBytes(body) })
  }

  /// The local record at `path` of `compressed`, which must already be validated and within
  /// ``PacketLimits``.
  func encode(path: String, compressed: Compressed) throws(PacketBuildError) -> Encoded {
    let name = Array(path.utf8)
    let data = compressed.data
    let fields = Fields(
      method: compressed.method, date: date, time: time,
      crc: compressed.crc, compressedSize: try Self.size32(data.count, path),
      size: try Self.size32(compressed.size, path), nameLength: UInt16(name.count))
    var local: [UInt8] = []
    local.reserveCapacity(ZipFormat.localHeaderSize + name.count)
    local.appendLittleEndian(ZipFormat.localHeaderSignature)
    local.appendLittleEndian(ZipFormat.versionNeeded)
    fields.append(to: &local)
    local.appendLittleEndian(UInt16(0))  // extra field length
    local += name
    let placement = Placement(fields: fields, name: name, size: local.count + data.count)
    return Encoded(header: local, data: data, placement: placement)
  }

  /// Records the entry at ``offset`` in the central directory; the caller writes its header and
  /// data next.
  mutating func place(_ entry: Placement) throws(PacketBuildError) {
    let at = try Self.size32(offset, String(decoding: entry.name, as: UTF8.self))
    central.appendLittleEndian(ZipFormat.centralHeaderSignature)
    central.appendLittleEndian(ZipFormat.versionMadeBy)
    central.appendLittleEndian(ZipFormat.versionNeeded)
    entry.fields.append(to: &central)
    central.appendLittleEndian(UInt16(0))  // extra field length
    central.appendLittleEndian(UInt16(0))  // comment length
    central.appendLittleEndian(UInt16(0))  // disk number start
    central.appendLittleEndian(UInt16(0))  // internal attributes
    central.appendLittleEndian(ZipFormat.fileAttributes)
    central.appendLittleEndian(at)
    central += entry.name
    offset += entry.size
    count += 1
  }

  /// The central directory and the end record, to write after the last entry.
  func end() throws(PacketBuildError) -> [UInt8] {
    var output = central
    output.appendLittleEndian(ZipFormat.endSignature)
    output.appendLittleEndian(UInt16(0))  // this disk
    output.appendLittleEndian(UInt16(0))  // disk with the central directory
    output.appendLittleEndian(UInt16(count))
    output.appendLittleEndian(UInt16(count))
    output.appendLittleEndian(try Self.size32(central.count, "central directory"))
    output.appendLittleEndian(try Self.size32(offset, "central directory"))
    output.appendLittleEndian(UInt16(0))  // comment length
    return output
  }

  /// The fields that local and central headers share, from "flags" to "file name length".
  fileprivate struct Fields {
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
