import Foundation

extension PacketManifest {
  /// The manifest as written into a packet: sorted keys, pretty-printed, `/` unescaped, and a
  /// trailing newline.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(UInt8(ascii: "\n"))
    return data
  }

  /// Reads a manifest written by ``jsonData()``.
  public init(jsonData: Data) throws {
    self = try JSONDecoder().decode(PacketManifest.self, from: jsonData)
  }
}
