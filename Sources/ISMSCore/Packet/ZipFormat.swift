/// The constants of the ZIP format (PKWARE APPNOTE 6.3) that packets use.
enum ZipFormat {
  /// `PK\x03\x04`, before each entry's data.
  static let localHeaderSignature: UInt32 = 0x0403_4B50
  /// `PK\x01\x02`, for each entry in the central directory.
  static let centralHeaderSignature: UInt32 = 0x0201_4B50
  /// `PK\x05\x06`, the end-of-central-directory record.
  static let endSignature: UInt32 = 0x0605_4B50
  /// Bytes of a local header before the name.
  static let localHeaderSize = 30
  /// Bytes of a central directory header before the name.
  static let centralHeaderSize = 46
  /// Bytes of the end record before its comment.
  static let endRecordSize = 22

  /// Compression method 0: the bytes as they are.
  static let stored: UInt16 = 0
  /// Compression method 8: deflate.
  static let deflated: UInt16 = 8
  /// Version 2.0, the first to have deflate; written as "needed to extract" on every entry.
  static let versionNeeded: UInt16 = 20
  /// Made by Unix (3, high byte) following spec 2.0, so that readers take the file mode from the
  /// external attributes.
  static let versionMadeBy: UInt16 = 3 << 8 | 20
  /// General-purpose flag bit 11: the name is UTF-8.
  static let utf8Flag: UInt16 = 1 << 11
  /// General-purpose flag bit 0: encrypted.
  static let encryptedFlag: UInt16 = 1
  /// General-purpose flag bit 3: sizes and CRC follow the data (only the central directory is trusted).
  static let dataDescriptorFlag: UInt16 = 1 << 3
  /// External attributes of every file: a regular file (`S_IFREG`) with mode 0644, in the high 16 bits.
  static let fileAttributes: UInt32 = 0o100644 << 16
}

extension Array where Element == UInt8 {
  /// Appends `value` in little-endian byte order.
  mutating func appendLittleEndian(_ value: UInt16) {
    append(UInt8(truncatingIfNeeded: value))
    append(UInt8(truncatingIfNeeded: value >> 8))
  }

  /// Appends `value` in little-endian byte order.
  mutating func appendLittleEndian(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> shift)) }
  }
}
