import Foundation
import Testing

@testable import ISMSCore

@Suite struct DeflateTests {
  /// Input for a round trip, named in the test log instead of printed.
  struct Sample: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let bytes: [UInt8]
  }

  static let samples: [Sample] = [
    Sample(testDescription: "empty", bytes: []),
    Sample(testDescription: "one byte", bytes: [42]),
    Sample(testDescription: "overlapping repeat", bytes: Array("abcabcabcabcabcabc".utf8)),
    Sample(testDescription: "100 000 zeros", bytes: [UInt8](repeating: 0, count: 100_000)),
    Sample(
      testDescription: "noise",
      bytes: (0..<70_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }),
    Sample(
      testDescription: "repeated sentence",
      bytes: Array(String(repeating: "Access control policy, version 3. ", count: 3_000).utf8)),
    // The closing digits repeat the opening ones from beyond the 32 KiB window.
    Sample(
      testDescription: "repeat beyond the window",
      bytes: Array("0123456789".utf8) + (0..<40_000).map { UInt8($0 % 251) } + Array("0123456789".utf8)),
  ]

  @Test func streamingInflateCarriesTheWindowAcrossChunks() throws {
    // 3 MiB whose repeats reach back up to 32 KiB, read 7 bytes at a time and handed on in
    // chunks of 1 MiB: every back-reference across a chunk boundary must still resolve.
    let line = (0..<30_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
    let bytes = (0..<105).flatMap { round in line.map { $0 &+ UInt8(round % 3) } }
    let compressed = Deflate.compress(bytes)
    var position = 0
    var reader = BitReader(chunks: { () throws(InflateError) -> [UInt8] in
      let chunk = Array(compressed[position..<min(position + 7, compressed.count)])
      position += chunk.count
      return chunk
    })
    var output: [UInt8] = []
    var chunks = 0
    try Inflate.inflate(&reader, limit: bytes.count) {
      output.append(contentsOf: $0)
      chunks += 1
    }
    #expect(chunks >= 3)
    #expect(output == bytes)
  }

  @Test(arguments: samples)
  func compressThenInflateRoundTrips(sample: Sample) throws {
    let compressed = Deflate.compress(sample.bytes)
    #expect(try Inflate.decompress(compressed, limit: sample.bytes.count) == sample.bytes)
    #expect(Deflate.compress(sample.bytes) == compressed)
  }

  @Test("a stream fed in pieces of any size gives the bytes of the whole input deflated at once")
  func streamInPieces() throws {
    // 300 KB of text with repeats near and beyond the window, and pieces from 1 byte to past the
    // stream's own piece size (64 KiB), so that matches and the window cross every kind of boundary.
    var generator = SystemRandomNumberGenerator()
    let line = Array(
      "ISMS-Approval: POL-0012 version 1.4, approved by Ana Moreira; changed: owner, body\n".utf8)
    var bytes: [UInt8] = []
    while bytes.count < 300_000 {
      bytes +=
        Bool.random(using: &generator)
        ? line.shuffled(using: &generator)
        : (0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }
      if bytes.count > 40_000, Bool.random(using: &generator) {
        bytes += bytes[(bytes.count - 40_000)...].prefix(300)
      }
    }
    let whole = Deflate.compress(bytes)
    #expect(try Inflate.decompress(whole, limit: bytes.count) == bytes)
    for maximum in [1, 257, 4_096, 70_000, 400_000] {
      var stream = Deflate.Stream(capacity: 0)
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + Int.random(in: 1...maximum, using: &generator))
        bytes[start..<end].withUnsafeBytes { stream.append($0) }
        start = end
      }
      #expect(stream.finish() == whole, "pieces of at most \(maximum) bytes")
    }
  }

  @Test func compressesText() {
    let text = Array(String(repeating: "Access control policy, version 3. ", count: 3_000).utf8)
    #expect(Deflate.compress(text).count < text.count / 20)
  }

  @Test func inflatesADynamicHuffmanStreamFromZlib() throws {
    // zlib.compressobj(9, DEFLATED, -15) of the text below; its first block uses dynamic codes.
    let stream = """
      7c4xDoAgDIXh3VP0alg6NBAgLWi8vTKgN3B6a9+f5jP1RMFdOnEt3WqmwCzuFEbUTjZ3H61lFaNWs/\
      K1Cjk0SmGhepZnfCt7BjlpD5xG+6r1XwvPS1+dgQACCCCAAAIIIIAAAggggAACCCD8QNhu
      """
    let words = "risk owner control policy review audit evidence asset supplier incident access backup"
      .split(separator: " ")
    let text = (0..<600).map { words[($0 * 7 + $0 / 3) % words.count] }.joined(separator: " ") + "\n"
    guard let compressed = Data(base64Encoded: stream) else {
      Issue.record("bad fixture")
      return
    }
    #expect(compressed[0] >> 1 & 3 == 2)
    let inflated = try Inflate.decompress([UInt8](compressed), limit: 10_000)
    #expect(inflated == Array(text.utf8))
    #expect(CRC32.checksum(inflated) == 805_461_602)
  }

  @Test func inflatesAStoredBlock() throws {
    let stream: [UInt8] = [0x01, 0x03, 0x00, 0xFC, 0xFF, 0x61, 0x62, 0x63]
    #expect(try Inflate.decompress(stream, limit: 3) == Array("abc".utf8))
    #expect(throws: InflateError.tooLarge) { try Inflate.decompress(stream, limit: 2) }
  }

  @Test func hostileStreamsThrow() {
    let good = Deflate.compress(Array(String(repeating: "ab", count: 500).utf8))
    #expect(throws: InflateError.tooLarge) { try Inflate.decompress(good, limit: 999) }
    #expect(throws: InflateError.truncated) { try Inflate.decompress(Array(good.prefix(4)), limit: 1000) }
    #expect(throws: InflateError.self) { try Inflate.decompress([0x07], limit: 10) }  // block type 3
    #expect(throws: InflateError.self) { try Inflate.decompress([0x01, 0x03, 0x00, 0x00, 0x00], limit: 10) }
    // A fixed block starting with a back-reference before any output.
    var writer = BitWriter()
    writer.write(1, width: 1)
    writer.write(1, width: 2)
    writer.writeCode(1, length: 7)  // length 3
    writer.writeCode(0, length: 5)  // distance 1
    writer.flush()
    #expect(throws: InflateError.invalid("distance before the start")) {
      try Inflate.decompress(writer.bytes, limit: 10)
    }
  }

  @Test func crc32MatchesTheStandardCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test func crc32OfEveryLengthAndAlignmentMatchesTheBitwiseDefinition() {
    func bitwise(_ bytes: ArraySlice<UInt8>) -> UInt32 {
      var crc: UInt32 = 0xFFFF_FFFF
      for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
      }
      return crc ^ 0xFFFF_FFFF
    }
    let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }
    for start in 0..<9 {
      for end in stride(from: start, through: bytes.count, by: 37) + [start + 1, start + 8, start + 9] {
        #expect(CRC32.checksum(Array(bytes[start..<end])) == bitwise(bytes[start..<end]), "\(start)..<\(end)")
      }
    }
  }
}
