import Foundation

extension PacketManifest {
  /// The manifest as written into a packet: sorted keys, pretty-printed, `/` unescaped, and a
  /// trailing newline.
  ///
  /// The files are encoded ``filesPerBlock`` at a time and put in place of the one file of a
  /// manifest encoded with only that file: the bytes are those of encoding the whole manifest at
  /// once (tested), without a tree of JSON values for tens of thousands of files in memory.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let first = files.first else {
      var data = try encoder.encode(self)
      data.append(UInt8(ascii: "\n"))
      return data
    }
    var shell = self
    shell.files = [first]
    let text = try encoder.encode(shell)
    // The lone file as the shell holds it: an element of an array that is a key's value, four
    // spaces in (JSON strings hold no line ends, so indenting every line is safe).
    let placed = Self.indented(try encoder.encode(first), by: 4)
    guard let range = text.range(of: placed) else {
      preconditionFailure("an encoded file is not in the encoded manifest as itself")
    }
    var data = Data(text[..<range.lowerBound])
    for start in stride(from: 0, to: files.count, by: Self.filesPerBlock) {
      let block = try encoder.encode(Array(files[start..<min(files.count, start + Self.filesPerBlock)]))
      // `[\n  {…},\n  {…}\n]`: the elements, two spaces in, between the brackets' lines.
      if start > 0 { data.append(contentsOf: Array(",\n".utf8)) }
      data.append(Self.indented(block.dropFirst(2).dropLast(2), by: 2))
    }
    data.append(text[range.upperBound...])
    data.append(UInt8(ascii: "\n"))
    return data
  }

  /// How many files are encoded at a time.
  static let filesPerBlock = 512

  /// `json` with `count` spaces before every line.
  private static func indented(_ json: Data, by count: Int) -> Data {
    let spaces = Data(repeating: UInt8(ascii: " "), count: count)
    var output = Data()
    output.reserveCapacity(json.count + json.count / 4)
    for (index, line) in json.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .enumerated()
    {
      if index > 0 { output.append(UInt8(ascii: "\n")) }
      output.append(spaces)
      output.append(line)
    }
    return output
  }

  /// Reads a manifest written by ``jsonData()``.
  public init(jsonData: Data) throws {
    self = try JSONDecoder().decode(PacketManifest.self, from: jsonData)
  }
}
