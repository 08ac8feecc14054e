import Foundation
import ISMSCore

/// A small packet and tools to take it apart and put it back together.
enum PacketFixture {
  static let commit = "0123456789abcdef0123456789abcdef01234567"
  /// The git blob id of the policy's contents (`git hash-object`).
  static let blob = "cdc9248a72f389967adc81839061405eb30889d2"
  // 2026-03-01T09:30:05Z
  static let committed = PacketTimestamp(unixTime: 1_772_357_405)

  static let files: [PacketFile] = [
    PacketFile(
      path: "documents/policies/A.5.1.md",
      contents: Data(String(repeating: "Information security policy. ", count: 50).utf8), blobID: blob,
      sourcePath: "policies/A.5.1.md"),
    PacketFile(path: "index.html", contents: Data("<h1>Audit packet</h1>\n".utf8)),
    PacketFile(path: "evidence/empty.txt", contents: Data()),
    PacketFile(path: "evidence/binary.bin", contents: Data((0..<2000).map { UInt8(($0 * 151 + 7) % 256) })),
  ]

  /// The options the fixture's packet records.
  static let builtFrom = PacketManifest.BuiltFrom(
    kind: "stage2", audience: "auditor", audit: "AUD-2026-01", asOf: Day(year: 2026, month: 3, day: 1),
    today: Day(daysSinceEpoch: 20514))  // 2026-03-02

  static func build(
    _ files: [PacketFile] = files, committed: PacketTimestamp = committed
  ) throws -> PacketBuild {
    try PacketArchive.build(
      files, sourceCommit: commit, committed: committed,
      builtFrom: builtFrom,
      audit: PacketManifest.Audit(id: "AUD-2026-01", kind: "certification"), toolVersion: "0.1.0")
  }

  /// Reads `archive`, lets `change` edit its entries, and zips them again with the fixture's time.
  static func rezip(_ archive: Data, _ change: (inout [PacketEntry]) throws -> Void) throws -> Data {
    var entries = try PacketArchive.entries(of: archive)
    try change(&entries)
    return try PacketArchive.zip(entries, modified: committed)
  }

  /// Replaces every occurrence of `old` in `data` with `new` of the same length.
  static func patch(_ data: Data, _ old: String, with new: String) -> Data {
    var bytes = [UInt8](data)
    let needle = Array(old.utf8)
    let replacement = Array(new.utf8)
    var index = 0
    while index + needle.count <= bytes.count {
      if Array(bytes[index..<(index + needle.count)]) == needle {
        bytes.replaceSubrange(index..<(index + needle.count), with: replacement)
      }
      index += 1
    }
    return Data(bytes)
  }

  /// Writes `value` little-endian at `offset`.
  static func poke(_ data: inout Data, at offset: Int, _ value: UInt32) {
    for byte in 0..<4 {
      data[data.startIndex + offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte))
    }
  }

  /// Offset of the central directory header of the first entry.
  static func centralDirectoryOffset(_ data: Data) -> Int {
    let bytes = [UInt8](data)
    let end = bytes.count - 22
    return (0..<4).reduce(0) { $0 | Int(bytes[end + 16 + $1]) << (8 * $1) }
  }
}
