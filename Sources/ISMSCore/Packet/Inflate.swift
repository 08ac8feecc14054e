/// A deflate decoder (RFC 1951) for reading packets back, with a hard cap on the output.
///
/// Written in Swift rather than calling zlib so that a hostile stream can only make it throw:
/// every read is bounds-checked and the output never grows past `limit`.
enum Inflate {
  private static let fixedLiterals = HuffmanDecoder(lengths: DeflateTables.fixedLiteralLengths)
  private static let fixedDistances = HuffmanDecoder(lengths: DeflateTables.fixedDistanceLengths)

  /// The bytes that the raw deflate stream `input` encodes; throws `.tooLarge` past `limit` bytes.
  static func decompress(_ input: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
    var reader = BitReader(input)
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, 1 << 20))
    var isLast = false
    while !isLast {
      isLast = try reader.bits(1) == 1
      switch try reader.bits(2) {
      case 0: try copyStored(&reader, into: &output, limit: limit)
      case 1:
        guard let literals = fixedLiterals, let distances = fixedDistances else {
          throw .invalid("fixed Huffman tables")
        }
        try decodeBlock(&reader, literals, distances, into: &output, limit: limit)
      case 2:
        let (literals, distances) = try readDynamicCodes(&reader)
        try decodeBlock(&reader, literals, distances, into: &output, limit: limit)
      default: throw .invalid("block type 3")
      }
    }
    return output
  }

  private static func copyStored(
    _ reader: inout BitReader, into output: inout [UInt8], limit: Int
  ) throws(InflateError) {
    reader.alignToByte()
    let length = try reader.bits(16)
    let complement = try reader.bits(16)
    guard length ^ 0xFFFF == complement else { throw .invalid("stored block length") }
    guard length <= limit - output.count else { throw .tooLarge }
    output.append(contentsOf: try reader.bytes(length))
  }

  private static func readDynamicCodes(
    _ reader: inout BitReader
  ) throws(InflateError) -> (HuffmanDecoder, HuffmanDecoder) {
    let literalCount = try reader.bits(5) + 257
    let distanceCount = try reader.bits(5) + 1
    let codeLengthCount = try reader.bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw .invalid("too many codes") }
    var codeLengthLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeLengthCount {
      codeLengthLengths[DeflateTables.codeLengthOrder[index]] = try reader.bits(3)
    }
    guard let codeLengths = HuffmanDecoder(lengths: codeLengthLengths) else {
      throw .invalid("code length code")
    }
    var lengths: [Int] = []
    let total = literalCount + distanceCount
    while lengths.count < total {
      let symbol = try codeLengths.decode(&reader)
      let value: Int
      let repeats: Int
      switch symbol {
      case 0...15:
        value = symbol
        repeats = 1
      case 16:
        guard let last = lengths.last else { throw .invalid("repeat with no previous length") }
        value = last
        repeats = try reader.bits(2) + 3
      case 17:
        value = 0
        repeats = try reader.bits(3) + 3
      default:
        value = 0
        repeats = try reader.bits(7) + 11
      }
      guard lengths.count + repeats <= total else { throw .invalid("code lengths overrun") }
      lengths.append(contentsOf: repeatElement(value, count: repeats))
    }
    guard lengths[256] != 0 else { throw .invalid("no end-of-block code") }
    guard let literals = HuffmanDecoder(lengths: Array(lengths[0..<literalCount])),
      let distances = HuffmanDecoder(lengths: Array(lengths[literalCount...]))
    else { throw .invalid("over-subscribed code") }
    return (literals, distances)
  }

  private static func decodeBlock(
    _ reader: inout BitReader, _ literals: HuffmanDecoder, _ distances: HuffmanDecoder,
    into output: inout [UInt8], limit: Int
  ) throws(InflateError) {
    while true {
      let symbol = try literals.decode(&reader)
      if symbol < 256 {
        guard output.count < limit else { throw .tooLarge }
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < DeflateTables.lengthBase.count else { throw .invalid("length symbol") }
      let length =
        try DeflateTables.lengthBase[lengthIndex] + reader.bits(DeflateTables.lengthExtra[lengthIndex])
      let distanceIndex = try distances.decode(&reader)
      guard distanceIndex < DeflateTables.distanceBase.count else { throw .invalid("distance symbol") }
      let distance =
        try DeflateTables.distanceBase[distanceIndex]
        + reader.bits(DeflateTables.distanceExtra[distanceIndex])
      guard distance <= output.count else { throw .invalid("distance before the start") }
      guard length <= limit - output.count else { throw .tooLarge }
      let start = output.count - distance
      for offset in 0..<length { output.append(output[start + offset]) }
    }
  }
}
