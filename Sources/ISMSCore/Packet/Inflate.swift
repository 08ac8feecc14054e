/// A deflate decoder (RFC 1951) for reading packets back, with a hard cap on the output.
///
/// Written in Swift rather than calling zlib so that a hostile stream can only make it throw:
/// every read is bounds-checked and the output never grows past `limit`. It streams: the input
/// comes in chunks and the output leaves in chunks, so only deflate's 32 KiB window and about
/// 1 MiB of output are held, whatever the entry's size.
enum Inflate {
  private static let fixedLiterals = HuffmanDecoder(lengths: DeflateTables.fixedLiteralLengths)
  private static let fixedDistances = HuffmanDecoder(lengths: DeflateTables.fixedDistanceLengths)

  /// The bytes that the raw deflate stream `input` encodes; throws `.tooLarge` past `limit` bytes.
  static func decompress(_ input: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
    var reader = BitReader(input)
    var result: [UInt8] = []
    try inflate(&reader, limit: limit) { result.append(contentsOf: $0) }
    return result
  }

  /// Decodes the stream `reader` reads, handing the output to `sink` in order, in chunks; throws
  /// `.tooLarge` past `limit` bytes.
  static func inflate(
    _ reader: inout BitReader, limit: Int, sink: @escaping (ArraySlice<UInt8>) -> Void
  ) throws(InflateError) {
    var output = InflateOutput(limit: limit, sink: sink)
    try decode(&reader, into: &output)
    output.finish()
  }

  private static func decode(_ reader: inout BitReader, into output: inout InflateOutput) throws(InflateError)
  {
    var isLast = false
    while !isLast {
      isLast = try reader.bits(1) == 1
      switch try reader.bits(2) {
      case 0: try copyStored(&reader, into: &output)
      case 1:
        guard let literals = fixedLiterals, let distances = fixedDistances else {
          throw .invalid("fixed Huffman tables")
        }
        try decodeBlock(&reader, literals, distances, into: &output)
      case 2:
        let (literals, distances) = try readDynamicCodes(&reader)
        try decodeBlock(&reader, literals, distances, into: &output)
      default: throw .invalid("block type 3")
      }
    }
  }

  private static func copyStored(
    _ reader: inout BitReader, into output: inout InflateOutput
  ) throws(InflateError) {
    reader.alignToByte()
    let length = try reader.bits(16)
    let complement = try reader.bits(16)
    guard length ^ 0xFFFF == complement else { throw .invalid("stored block length") }
    guard length <= output.room else { throw .tooLarge }
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
    into output: inout InflateOutput
  ) throws(InflateError) {
    while true {
      let symbol = try literals.decode(&reader)
      if symbol < 256 {
        guard output.room > 0 else { throw .tooLarge }
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
      guard distance <= output.window.count else { throw .invalid("distance before the start") }
      guard length <= output.room else { throw .tooLarge }
      output.copy(length: length, distance: distance)
    }
  }
}

/// The output of ``Inflate``: the bytes not yet handed on, of which the last 32 KiB stay as the
/// window that back-references reach into.
private struct InflateOutput {
  /// Deflate's largest distance.
  private static let windowSize = 32_768
  /// How much output is held before it is handed on.
  private static let chunkSize = 1 << 20

  /// The bytes held: the window, then what is not handed on yet.
  private(set) var window: [UInt8] = []
  private var handedOn = 0
  private let limit: Int
  private let sink: (ArraySlice<UInt8>) -> Void
  private var pending = 0

  init(limit: Int, sink: @escaping (ArraySlice<UInt8>) -> Void) {
    self.limit = limit
    self.sink = sink
    window.reserveCapacity(min(limit, Self.chunkSize + Self.windowSize) + 258)
  }

  /// How many more bytes may be written.
  var room: Int { limit - handedOn - window.count }

  mutating func append(_ byte: UInt8) {
    window.append(byte)
    pending += 1
    if pending >= Self.chunkSize { handOn() }
  }

  mutating func append(contentsOf bytes: [UInt8]) {
    window.append(contentsOf: bytes)
    pending += bytes.count
    if pending >= Self.chunkSize { handOn() }
  }

  /// Copies `length` bytes starting `distance` bytes back (they may overlap what is written).
  mutating func copy(length: Int, distance: Int) {
    let start = window.count - distance
    for offset in 0..<length { window.append(window[start + offset]) }
    pending += length
    if pending >= Self.chunkSize { handOn() }
  }

  /// Hands on everything still held.
  mutating func finish() {
    if pending > 0 { sink(window[(window.count - pending)...]) }
    pending = 0
  }

  private mutating func handOn() {
    sink(window[(window.count - pending)...])
    pending = 0
    let drop = window.count - Self.windowSize
    if drop > 0 {
      window.removeFirst(drop)
      handedOn += drop
    }
  }
}
