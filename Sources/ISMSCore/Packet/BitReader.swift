/// Reads bits least-significant first from bytes, the order deflate uses; throws at the end.
///
/// The bytes come in chunks from `next`, so a stream of any length is read with one chunk held
/// at a time.
struct BitReader {
  private var bytes: [UInt8]
  private var index = 0
  private var buffer: UInt32 = 0
  private var count = 0
  private let next: () throws(InflateError) -> [UInt8]

  /// A reader over `bytes`, starting at its first bit.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.next = { [] }
  }

  /// A reader over the chunks `next` returns, in order; an empty chunk ends the input.
  init(chunks next: @escaping () throws(InflateError) -> [UInt8]) {
    self.bytes = []
    self.next = next
  }

  /// The next `width` bits (0…16) as a number, the first bit read being the least significant.
  mutating func bits(_ width: Int) throws(InflateError) -> Int {
    while count < width {
      buffer |= UInt32(try nextByte()) << count
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
  mutating func bytes(_ length: Int) throws(InflateError) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(length)
    while result.count < length {
      if index == bytes.count { try refill() }
      let take = min(length - result.count, bytes.count - index)
      result.append(contentsOf: bytes[index..<(index + take)])
      index += take
    }
    return result
  }

  private mutating func nextByte() throws(InflateError) -> UInt8 {
    if index == bytes.count { try refill() }
    defer { index += 1 }
    return bytes[index]
  }

  private mutating func refill() throws(InflateError) {
    bytes = try next()
    index = 0
    guard !bytes.isEmpty else { throw .truncated }
  }
}
