import Foundation

/// A deterministic deflate encoder (RFC 1951): greedy LZ77 over a 32 KiB window, one block
/// with the fixed Huffman code.
///
/// It is written here rather than taken from zlib because the output must not depend on the
/// platform: ZIPFoundation deflates with Apple's Compression framework on macOS and with the
/// system zlib (default level) elsewhere, and zlib builds (zlib, zlib-ng) differ in their bytes.
/// This encoder's output is a pure function of its input, on every platform, for ever.
enum Deflate {
  private static let windowSize = 32_768
  private static let minMatch = 3
  private static let maxMatch = 258
  private static let hashBits = 15
  // Bounds the work per byte; 64 candidates is enough for text and keeps the worst case linear.
  private static let maxChain = 64

  /// The raw deflate stream (no zlib or gzip wrapper) of `contents`, read in place.
  static func compress(_ contents: some ContiguousBytes) -> [UInt8] {
    contents.withUnsafeBytes { compress($0.assumingMemoryBound(to: UInt8.self)) }
  }

  private static func compress(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    // Text deflates to well under a quarter; the writer grows past that when it must.
    var writer = BitWriter(capacity: input.count / 4 + 16)
    writer.write(1, width: 1)  // BFINAL: the only block
    writer.write(1, width: 2)  // BTYPE 01: fixed Huffman codes
    let count = input.count
    let hashMask = (1 << hashBits) - 1
    var head = [Int32](repeating: -1, count: 1 << hashBits)
    // Positions are kept modulo the window; a shorter input needs no more slots than its length.
    var previous = [Int32](repeating: -1, count: max(1, min(count, windowSize)))
    let codes = Codes.shared
    head.withUnsafeMutableBufferPointer { head in
      previous.withUnsafeMutableBufferPointer { previous in
        func hash(at position: Int) -> Int {
          (Int(input[position]) << 10 ^ Int(input[position + 1]) << 5 ^ Int(input[position + 2])) & hashMask
        }
        // Compares eight bytes at a time: the first differing bit of the XOR (bytes are loaded
        // little-endian) tells how many of them matched.
        func matchLength(_ candidate: Int, _ position: Int, limit: Int) -> Int {
          guard let base = UnsafeRawPointer(input.baseAddress) else { return 0 }
          var length = 0
          while length + 8 <= limit {
            let difference =
              base.loadUnaligned(fromByteOffset: candidate + length, as: UInt64.self)
              ^ base.loadUnaligned(fromByteOffset: position + length, as: UInt64.self)
            if difference != 0 { return length + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
            length += 8
          }
          while length < limit, input[candidate + length] == input[position + length] { length += 1 }
          return length
        }
        func insert(_ position: Int) {
          guard position + minMatch <= count else { return }
          let key = hash(at: position)
          previous[position % windowSize] = head[key]
          head[key] = Int32(truncatingIfNeeded: position)
        }

        var position = 0
        while position < count {
          var bestLength = 0
          var bestDistance = 0
          if position + minMatch <= count {
            let limit = min(maxMatch, count - position)
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
            codes.writeSymbol(Int(input[position]), to: &writer)
            insert(position)
            position += 1
          }
        }
      }
    }
    codes.writeSymbol(256, to: &writer)
    writer.flush()
    return writer.bytes
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
