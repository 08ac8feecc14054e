import Foundation

/// CRC-32 as ZIP uses it (IEEE 802.3, reflected polynomial `0xEDB88320`).
struct CRC32 {
  /// The checksum of `bytes`, read in place.
  static func checksum(_ bytes: some ContiguousBytes) -> UInt32 {
    var crc = CRC32()
    bytes.withUnsafeBytes { crc.update($0.assumingMemoryBound(to: UInt8.self)) }
    return crc.value
  }

  private var state: UInt32 = 0xFFFF_FFFF

  /// The checksum of the bytes given to ``update(_:)`` so far.
  var value: UInt32 { state ^ 0xFFFF_FFFF }

  /// Adds `bytes` to the checksum, for data that comes in chunks.
  mutating func update(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBufferPointer { update($0) }
  }

  /// Adds `bytes` to the checksum, read in place.
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    update(bytes.assumingMemoryBound(to: UInt8.self))
  }

  private mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    var crc = state
    Self.tables.withUnsafeBufferPointer { tables in
      // Eight bytes per step ("slicing by 8"): table k holds the CRC of a byte followed by k
      // zero bytes, so eight lookups replace eight dependent steps.
      var index = 0
      while index + 8 <= bytes.count {
        let low =
          crc
          ^ (UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
            | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
        crc =
          tables[7 * 256 + Int(low & 0xFF)] ^ tables[6 * 256 + Int(low >> 8 & 0xFF)]
          ^ tables[5 * 256 + Int(low >> 16 & 0xFF)] ^ tables[4 * 256 + Int(low >> 24)]
          ^ tables[3 * 256 + Int(bytes[index + 4])] ^ tables[2 * 256 + Int(bytes[index + 5])]
          ^ tables[256 + Int(bytes[index + 6])] ^ tables[Int(bytes[index + 7])]
        index += 8
      }
      while index < bytes.count {
        crc = tables[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    state = crc
  }

  /// Eight tables of 256 entries: the first is the classic byte table, table k that of a byte
  /// followed by k zero bytes.
  private static let tables: [UInt32] = {
    var tables = (0..<256).map { index in
      var value = UInt32(index)
      for _ in 0..<8 {
        value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
      }
      return value
    }
    for k in 1..<8 {
      for index in 0..<256 {
        let previous = tables[(k - 1) * 256 + index]
        tables.append(tables[Int(previous & 0xFF)] ^ (previous >> 8))
      }
    }
    return tables
  }()
}
