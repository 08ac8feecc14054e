import Crypto

/// What reading one entry of a zip found: its size, hashes, and its bytes when they were kept.
struct ZipEntryDigest {
  /// The entry's path.
  let path: String
  /// Its size in bytes, as read (and as declared: they must agree).
  let size: Int
  /// SHA-256 of its bytes, 64 lowercase hex digits.
  let sha256: String
  /// The git blob id its bytes have (SHA-1 of `blob <size>\0` and the bytes), 40 hex digits.
  let gitBlobID: String
  /// Its bytes, when the reader was asked to keep them.
  let contents: [UInt8]?
}

/// Hashes an entry's bytes as they stream past: CRC-32 (to check the zip), SHA-256 (for the
/// manifest), and the git blob id (for the repository).
struct ZipEntryHasher {
  private var crc = CRC32()
  private var sha256 = SHA256()
  private var sha1 = Insecure.SHA1()
  private(set) var count = 0
  private(set) var kept: [UInt8]?

  /// A hasher for an entry that declares `size` bytes; `keep` keeps the bytes too.
  init(declaredSize size: Int, keep: Bool) {
    sha1.update(data: Array("blob \(size)\0".utf8))
    if keep { kept = [] }
  }

  /// Adds the next bytes.
  mutating func update(_ bytes: ArraySlice<UInt8>) {
    crc.update(bytes)
    bytes.withUnsafeBytes { buffer in
      sha256.update(bufferPointer: buffer)
      sha1.update(bufferPointer: buffer)
    }
    count += bytes.count
    kept?.append(contentsOf: bytes)
  }

  /// The CRC-32 of the bytes so far.
  var crcValue: UInt32 { crc.value }

  /// The digest of entry `path`.
  func digest(path: String) -> ZipEntryDigest {
    ZipEntryDigest(
      path: path, size: count, sha256: Hex.lowercase(sha256.finalize()),
      gitBlobID: Hex.lowercase(sha1.finalize()),
      contents: kept)
  }
}
