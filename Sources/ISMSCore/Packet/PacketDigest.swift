import Crypto
import Foundation

/// Hashes as a packet records them.
public enum PacketDigest {
  /// SHA-256 of `data` as 64 lowercase hex digits.
  public static func sha256(_ data: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in SHA256.hash(data: data) {
      hex.append(digits[Int(byte >> 4)])
      hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }

  /// Whether `text` is a git object id: 40 lowercase hex digits.
  static func isObjectID(_ text: String) -> Bool {
    text.utf8.count == 40 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
