/// Lowercase hexadecimal text of bytes: object ids, digests, UUIDs.
public enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// Two lowercase hex digits per byte, in order.
  public static func lowercase<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Whether `byte` is a hexadecimal digit, either case.
  public static func isDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte | 0x20)
  }
}
