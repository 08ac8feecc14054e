/// Packs bits least-significant first into bytes, the order deflate uses.
struct BitWriter {
  /// The finished bytes.
  private(set) var bytes: [UInt8] = []
  private var buffer: UInt64 = 0
  private var count = 0

  /// An empty writer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends the low `width` bits of `value`, least-significant first.
  mutating func write(_ value: UInt32, width: Int) {
    buffer |= UInt64(value & ((1 << width) - 1)) << count
    count += width
    while count >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: buffer))
      buffer >>= 8
      count -= 8
    }
  }

  /// Appends a Huffman code of `length` bits, which deflate stores most-significant first.
  mutating func writeCode(_ code: UInt32, length: Int) {
    write(Self.reversed(code, length: length), width: length)
  }

  /// The low `length` bits of `code` in reverse order: a Huffman code as ``write(_:width:)`` takes it.
  static func reversed(_ code: UInt32, length: Int) -> UInt32 {
    var reversed: UInt32 = 0
    for bit in 0..<length {
      reversed |= ((code >> bit) & 1) << (length - 1 - bit)
    }
    return reversed
  }

  /// Pads the last byte with zero bits.
  mutating func flush() {
    if count > 0 {
      bytes.append(UInt8(truncatingIfNeeded: buffer))
      buffer = 0
      count = 0
    }
  }
}
