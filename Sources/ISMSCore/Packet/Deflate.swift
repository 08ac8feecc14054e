import Foundation

/// A deterministic deflate encoder (RFC 1951): greedy LZ77 over a 32 KiB window, one block
/// with the fixed Huffman code.
///
/// It is written here rather than taken from zlib because the output must not depend on the
/// platform: ZIPFoundation deflates with Apple's Compression framework on macOS and with the
/// system zlib (default level) elsewhere, and zlib builds (zlib, zlib-ng) differ in their bytes.
/// This encoder's output is a pure function of its input, on every platform, for ever; however
/// the input is cut into pieces (``Stream``), the output is the same.
enum Deflate {
  private static let windowSize = 32_768
  private static let minMatch = 3
  private static let maxMatch = 258
  private static let hashBits = 15
  // Bounds the work per byte; 64 candidates is enough for text and keeps the worst case linear.
  private static let maxChain = 64
  // A position is encoded once this many bytes follow it: the longest match and the two bytes
  // after its end that hashing the positions it covers reads.
  private static let lookahead = maxMatch + minMatch - 1
  // Input is taken this much at a time, so a stream holds the window and one piece.
  private static let pieceSize = 65_536

  /// The raw deflate stream (no zlib or gzip wrapper) of `contents`.
  static func compress(_ contents: some ContiguousBytes) -> [UInt8] {
    contents.withUnsafeBytes { bytes in
      var stream = Stream(capacity: bytes.count)
      stream.append(bytes)
      return stream.finish()
    }
  }

  /// A deflate stream fed piece by piece: its output is ``compress(_:)``'s for all the pieces
  /// one after another, and it holds only the last 32 KiB of input besides its output.
  struct Stream {
    private var writer: BitWriter
    private var head = [Int32](repeating: -1, count: 1 << hashBits)
    // Positions are kept modulo the window; the input so far needs no more slots than its length.
    private var previous: [Int32] = []
    // The input from `base` on: the window before `position`, and what is not yet encoded.
    private var input: [UInt8] = []
    private var base = 0
    private var position = 0

    /// An empty stream; `capacity` is the size of the input expected, when known.
    init(capacity: Int) {
      // Text deflates to well under a quarter; the writer grows past that when it must.
      writer = BitWriter(capacity: capacity / 4 + 16)
      writer.write(1, width: 1)  // BFINAL: the only block
      writer.write(1, width: 2)  // BTYPE 01: fixed Huffman codes
    }

    /// Adds `bytes` to the input.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + pieceSize)
        input.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        start = end
        encode(final: false)
        // Let go of what the window no longer reaches, a piece at a time.
        let unreachable = position - windowSize - base
        if unreachable >= pieceSize {
          input.removeFirst(unreachable)
          base += unreachable
        }
      }
    }

    /// The whole output, once the input has all been given.
    mutating func finish() -> [UInt8] {
      encode(final: true)
      Codes.shared.writeSymbol(256, to: &writer)
      writer.flush()
      input = []
      return writer.bytes
    }

    /// Encodes the positions that have their lookahead, or all of them when `final`.
    private mutating func encode(final: Bool) {
      let end = base + input.count
      let stop = final ? end : end - lookahead
      guard position < stop else { return }
      // Taken out of `self` so that the loop below works on them in place.
      var writer = self.writer
      self.writer = BitWriter()
      var head = self.head
      self.head = []
      var previous = self.previous
      self.previous = []
      if previous.count < min(windowSize, end) {
        previous += repeatElement(-1, count: min(windowSize, end) - previous.count)
      }
      let base = self.base
      var position = self.position
      let codes = Codes.shared
      let hashMask = (1 << hashBits) - 1
      input.withUnsafeBufferPointer { input in
        head.withUnsafeMutableBufferPointer { head in
          previous.withUnsafeMutableBufferPointer { previous in
            func hash(at position: Int) -> Int {
              let at = position - base
              return (Int(input[at]) << 10 ^ Int(input[at + 1]) << 5 ^ Int(input[at + 2])) & hashMask
            }
            // Compares eight bytes at a time: the first differing bit of the XOR (bytes are loaded
            // little-endian) tells how many of them matched.
            func matchLength(_ candidate: Int, _ position: Int, limit: Int) -> Int {
              guard let start = UnsafeRawPointer(input.baseAddress) else { return 0 }
              let candidate = candidate - base
              let position = position - base
              var length = 0
              while length + 8 <= limit {
                let difference =
                  start.loadUnaligned(fromByteOffset: candidate + length, as: UInt64.self)
                  ^ start.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
                if difference != 0 {
                  return length + UInt64(littleEndian: difference).trailingZeroBitCount / 8
                }
                length += 8
              }
              while length < limit, input[candidate + length] == input[position + length] { length += 1 }
              return length
            }
            func insert(_ position: Int) {
              guard position + minMatch <= end else { return }
              let key = hash(at: position)
              previous[position % windowSize] = head[key]
              head[key] = Int32(truncatingIfNeeded: position)
            }

            while position < stop {
              var bestLength = 0
              var bestDistance = 0
              if position + minMatch <= end {
                let limit = min(maxMatch, end - position)
                var candidate = Int(head[hash(at: position)])
                var chain = maxChain
                while candidate >= 0, position - candidate <= windowSize, chain > 0 {
                  let length = matchLength(candidate, position, limit: limit)
                  if length > bestLength {
                    bestLength = length
                    bestDistance = position - candidate
                    if length == limit { break }
                  }
                  candidate = Int(previous[candidate % windowSize])
                  chain -= 1
                }
              }
              if bestLength >= minMatch {
                codes.writeMatch(length: bestLength, distance: bestDistance, to: &writer)
                for covered in position..<(position + bestLength) { insert(covered) }
                position += bestLength
              } else {
                codes.writeSymbol(Int(input[position - base]), to: &writer)
                insert(position)
                position += 1
              }
            }
          }
        }
      }
      self.writer = writer
      self.head = head
      self.previous = previous
      self.position = position
    }
  }

  /// The fixed Huffman code as tables: codes already bit-reversed, and the symbol of every
  /// match length and distance.
  private struct Codes: Sendable {
    static let shared = Codes()

    let literalCodes: [UInt32]
    let literalLengths: [Int]
    let lengthSymbols: [Int]
    let distanceSymbols: [Int]
    let distanceCodes: [UInt32]

    private init() {
      let fixed = (0..<288).map { symbol -> (code: UInt32, length: Int) in
        switch symbol {
        case 0...143: (UInt32(0x30 + symbol), 8)
        case 144...255: (UInt32(0x190 + symbol - 144), 9)
        case 256...279: (UInt32(symbol - 256), 7)
        default: (UInt32(0xC0 + symbol - 280), 8)
        }
      }
      literalCodes = fixed.map { BitWriter.reversed($0.code, length: $0.length) }
      literalLengths = fixed.map(\.length)
      // The last base not above the value; 258 therefore takes symbol 285, as zlib does.
      lengthSymbols = (0...maxMatch).map { length in
        DeflateTables.lengthBase.lastIndex { $0 <= length } ?? 0
      }
      distanceSymbols = (0...windowSize).map { distance in
        DeflateTables.distanceBase.lastIndex { $0 <= distance } ?? 0
      }
      distanceCodes = (0..<30).map { BitWriter.reversed(UInt32($0), length: 5) }
    }

    func writeSymbol(_ symbol: Int, to writer: inout BitWriter) {
      writer.write(literalCodes[symbol], width: literalLengths[symbol])
    }

    func writeMatch(length: Int, distance: Int, to writer: inout BitWriter) {
      let lengthIndex = lengthSymbols[length]
      writeSymbol(257 + lengthIndex, to: &writer)
      writer.write(
        UInt32(length - DeflateTables.lengthBase[lengthIndex]), width: DeflateTables.lengthExtra[lengthIndex])
      let distanceIndex = distanceSymbols[distance]
      writer.write(distanceCodes[distanceIndex], width: 5)
      writer.write(
        UInt32(distance - DeflateTables.distanceBase[distanceIndex]),
        width: DeflateTables.distanceExtra[distanceIndex])
    }
  }
}
