import Foundation

/// Zips as an attacker writes them, byte by byte, to try the reader's limits.
enum CraftedZip {
  /// A raw deflate stream of `1 + 258 × matches` zero bytes at deflate's best ratio (about
  /// 1,032:1): one dynamic block whose only codes are the literal 0, end of block, and length 258
  /// at distance 1, each match taking two bits.
  static func zeros(matches: Int) -> [UInt8] {
    var bits = BitStream()
    bits.write(1, count: 1)  // last block
    bits.write(2, count: 2)  // dynamic Huffman codes
    bits.write(286 - 257, count: 5)
    bits.write(2 - 1, count: 5)
    bits.write(18 - 4, count: 4)
    // Code length code lengths, in deflate's order: 18 has length 1, 2 and 1 have length 2.
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
    let lengths = [18: 1, 2: 2, 1: 2]
    for symbol in order { bits.write(lengths[symbol] ?? 0, count: 3) }
    // Codes: 18 → 0, 1 → 10, 2 → 11.
    let one = (code: 0b10, count: 2)
    let two = (code: 0b11, count: 2)
    func zeros(_ count: Int) {
      bits.code(0, count: 1)
      bits.write(count - 11, count: 7)
    }
    bits.code(two.code, count: two.count)  // literal 0: length 2
    zeros(138)
    zeros(117)  // literals 1…255 unused
    bits.code(two.code, count: two.count)  // end of block: length 2
    zeros(28)  // lengths 257…284 unused
    bits.code(one.code, count: one.count)  // length 258: length 1
    bits.code(one.code, count: one.count)  // distance 1: length 1
    bits.code(one.code, count: one.count)  // distance 2: length 1 (completes the code)
    // Literal/length codes: 285 → 0, 0 → 10, 256 → 11; distance 1 → 0.
    bits.code(0b10, count: 2)
    for _ in 0..<matches { bits.write(0, count: 2) }
    bits.code(0b11, count: 2)
    return bits.bytes
  }

  /// The CRC-32 of `count` zero bytes.
  static func crcOfZeros(_ count: Int) -> UInt32 {
    let table = (0..<256).map { index -> UInt32 in
      var value = UInt32(index)
      for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
      return value
    }
    var crc: UInt32 = 0xFFFF_FFFF
    for _ in 0..<count { crc = table[Int(crc & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }

  /// A zip of deflated entries, each with its declared size and CRC-32, without a manifest.
  static func archive(_ entries: [(path: String, deflated: [UInt8], size: Int, crc: UInt32)]) -> Data {
    var data: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let offset = data.count
      let name = Array(entry.path.utf8)
      data += le32(0x0403_4B50) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21)
      data += le32(entry.crc) + le32(UInt32(entry.deflated.count)) + le32(UInt32(entry.size))
      data += le16(UInt16(name.count)) + le16(0) + name + entry.deflated
      central += le32(0x0201_4B50) + le16(3 << 8 | 20) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21)
      central += le32(entry.crc) + le32(UInt32(entry.deflated.count)) + le32(UInt32(entry.size))
      central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0o100644 << 16)
      central += le32(UInt32(offset)) + name
    }
    let directory = data.count
    data += central
    data += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
    data += le32(UInt32(central.count)) + le32(UInt32(directory)) + le16(0)
    return Data(data)
  }

  private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
  private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

/// Bits least-significant first, as deflate stores them.
private struct BitStream {
  var bytes: [UInt8] = []
  private var used = 8

  /// `value`'s low `count` bits, least significant first.
  mutating func write(_ value: Int, count: Int) {
    for index in 0..<count { bit((value >> index) & 1) }
  }

  /// A Huffman code, most significant bit first.
  mutating func code(_ code: Int, count: Int) {
    for index in stride(from: count - 1, through: 0, by: -1) { bit((code >> index) & 1) }
  }

  private mutating func bit(_ value: Int) {
    if used == 8 {
      bytes.append(0)
      used = 0
    }
    bytes[bytes.count - 1] |= UInt8(value) << used
    used += 1
  }
}
