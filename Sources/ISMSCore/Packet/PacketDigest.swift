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
    if let known = file.knownSHA256 { return known }
    var hash = Hasher()
    file.withPieces { hash.update($0) }
    return hash.hex()
  }

  /// SHA-256 over bytes that come in pieces.
  struct Hasher {
    private var hash = SHA256()

    /// Adds `bytes`.
    mutating func update(_ bytes: UnsafeRawBufferPointer) { hash.update(bufferPointer: bytes) }

    /// The digest of the bytes added, as 64 lowercase hex digits.
    func hex() -> String { Hex.lowercase(hash.finalize()) }
  }

  /// Whether `text` is a git object id: 40 lowercase hex digits.
  static func isObjectID(_ text: String) -> Bool {
    text.utf8.count == 40 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
