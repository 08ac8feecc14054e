import Foundation
import Testing

@testable import ISMSCore

/// A file's checksum is the same whether its bytes are hashed at once or a chunk at a time.
@Suite struct ChecksumTests {
  @Test(arguments: [0, 1, 7, 31, 32, 33, 100, 1_000, 4_131])
  func hashedInChunksOrAtOnceTheSumIsTheSame(count: Int) {
    let bytes = Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) })
    for chunk in [32, 64, 96, 1_024] {
      var ranges: [Range<Int>] = []
      let chunked = bytes.withUnsafeBytes { checksum($0, chunk: chunk) { ranges.append($0) } }
      #expect(chunked == checksum(bytes), "\(count) bytes in chunks of \(chunk)")
      #expect(ranges.first?.lowerBound ?? 0 == 0 && ranges.last?.upperBound ?? 0 == count)
      #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
  }

  @Test func anyChangedByteChangesTheSum() {
    let bytes = Data((0..<257).map { UInt8(truncatingIfNeeded: $0) })
    let sum = checksum(bytes)
    for position in bytes.indices {
      var changed = bytes
      changed[position] ^= 0x01
      #expect(checksum(changed) != sum, "byte \(position)")
    }
    #expect(checksum(bytes.dropLast()) != sum)
  }
}
