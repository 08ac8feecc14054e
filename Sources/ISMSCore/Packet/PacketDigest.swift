import Crypto
import Foundation

/// Hashes as a packet records them.
public enum PacketDigest {
  /// SHA-256 of `data` as 64 lowercase hex digits.
  public static func sha256(_ data: Data) -> String {
    Hex.lowercase(SHA256.hash(data: data))
  }

  /// SHA-256 of `file`'s bytes as 64 lowercase hex digits, read where they lie.
  public static func sha256(_ file: PacketFile) -> String {
    var hash = SHA256()
    file.withPieces { hash.update(bufferPointer: $0) }
    return Hex.lowercase(hash.finalize())
  }

  /// Whether `text` is a git object id: 40 lowercase hex digits.
  static func isObjectID(_ text: String) -> Bool {
    text.utf8.count == 40 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
