/// Reads bits least-significant first from bytes, the order deflate uses; throws at the end.
struct BitReader {
  private let bytes: [UInt8]
  private var index: Int
  private var buffer: UInt32 = 0
  private var count = 0

  /// A reader over `bytes`, starting at its first bit.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.index = 0
  }

  /// The next `width` bits (0…16) as a number, the first bit read being the least significant.
  mutating func bits(_ width: Int) throws(InflateError) -> Int {
    while count < width {
      guard index < bytes.count else { throw .truncated }
      buffer |= UInt32(bytes[index]) << count
      index += 1
      count += 8
    }
    let value = Int(buffer & ((1 << width) - 1))
    buffer >>= width
    count -= width
    return value
  }

  /// Drops the bits left in the current byte.
  mutating func alignToByte() {
    buffer = 0
    count = 0
  }

  /// The next `length` whole bytes; call after `alignToByte()`.
  mutating func bytes(_ length: Int) throws(InflateError) -> ArraySlice<UInt8> {
    guard length <= bytes.count - index else { throw .truncated }
    defer { index += length }
    return bytes[index..<(index + length)]
  }
}
