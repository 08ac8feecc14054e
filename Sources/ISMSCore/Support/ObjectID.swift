/// A git object id (SHA-1, 20 bytes) held as a value: compared and hashed without formatting it,
/// and stored in 20 bytes where its 40 hexadecimal digits would take a string of their own. Ids
/// order as their hexadecimal digits do.
public struct ObjectID: Hashable, Comparable, Sendable {
  /// The first 8 bytes, the next 8 and the last 4, each read as a big-endian number.
  let high: UInt64
  let middle: UInt64
  let low: UInt32

  /// The number of bytes of an id.
  public static let byteCount = 20

  /// The id from its three parts, each the big-endian number of its bytes.
  init(high: UInt64, middle: UInt64, low: UInt32) {
    self.high = high
    self.middle = middle
    self.low = low
  }

  /// The id whose bytes are the first 20 of `bytes`, which must hold at least that many.
  public init(bytes: UnsafeRawBufferPointer) {
    precondition(bytes.count >= Self.byteCount, "an object id has 20 bytes")
    self.init(
      high: UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
      middle: UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
      low: UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
  }

  /// The id written as `hex` (40 hexadecimal digits, either case), or `nil` when it is not one.
  public init?(hex: String) {
    var digits: [UInt8] = []
    digits.reserveCapacity(2 * Self.byteCount)
    for byte in hex.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digits.append(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digits.append(byte - UInt8(ascii: "A") + 10)
      default: return nil
      }
    }
    guard digits.count == 2 * Self.byteCount else { return nil }
    func value(_ range: Range<Int>) -> UInt64 { digits[range].reduce(0) { $0 << 4 | UInt64($1) } }
    self.init(high: value(0..<16), middle: value(16..<32), low: UInt32(value(32..<40)))
  }

  /// Calls `body` with the id's 20 bytes, in order.
  public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    var bytes = [UInt8](repeating: 0, count: Self.byteCount)
    bytes.withUnsafeMutableBytes { raw in
      raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
      raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
      raw.storeBytes(of: low.bigEndian, toByteOffset: 16, as: UInt32.self)
    }
    return try bytes.withUnsafeBytes(body)
  }

  /// The id as 40 lowercase hexadecimal digits, as git writes it.
  public var hex: String { withBytes { Hex.lowercase($0) } }

  /// Orders as the hexadecimal digits do.
  public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
    (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
  }
}
