/// A canonical Huffman code, decoded bit by bit from the count of codes of each length (as zlib's
/// `puff` does): small, and every index it computes stays inside its arrays.
struct HuffmanDecoder {
  private var counts = [Int](repeating: 0, count: 16)
  private var symbols: [Int] = []

  /// The code whose symbol `n` has code length `lengths[n]` (0: unused); `nil` when the lengths
  /// over-subscribe the code space. An incomplete code is allowed and fails only if an unused code is read.
  init?(lengths: [Int]) {
    for length in lengths {
      guard (0...15).contains(length) else { return nil }
      counts[length] += 1
    }
    var left = 1
    for length in 1...15 {
      left = left * 2 - counts[length]
      guard left >= 0 else { return nil }
    }
    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
    symbols = [Int](repeating: 0, count: lengths.count)
    for (symbol, length) in lengths.enumerated() where length != 0 {
      symbols[offsets[length]] = symbol
      offsets[length] += 1
    }
  }

  /// Reads one symbol.
  func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      code |= try reader.bits(1)
      let count = counts[length]
      if code - first < count { return symbols[index + code - first] }
      index += count
      first = (first + count) << 1
      code <<= 1
    }
    throw .invalid("unused Huffman code")
  }
}
