import Foundation
import Testing

@testable import ISMSCore

@Suite("manifest.json, encoded a block of files at a time")
struct PacketManifestJSONTests {
  /// The manifest encoded whole, as one value: what ``PacketManifest/jsonData()`` must equal.
  static func whole(_ manifest: PacketManifest) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(manifest) + Data("\n".utf8)
  }

  /// A manifest of `count` files, every third without a blob, with paths that need escaping.
  static func manifest(files count: Int, audit: Bool, excluded: Bool) throws -> PacketManifest {
    let files = (0..<count).map { index in
      let path = index % 7 == 0 ? "documents/politique \"é\"\\\(index)/ü.html" : "source/p/\(index).md"
      return PacketManifest.File(
        path: path, sha256: String(repeating: "ab", count: 32), size: index * 37,
        blobID: index % 3 == 0 ? nil : String(repeating: "c", count: 40),
        sourcePath: index % 3 == 0 ? nil : "p/\(index).md")
    }
    return PacketManifest(
      toolVersion: "1.2.3", sourceCommit: String(repeating: "d", count: 40),
      sourceCommitDate: "2026-03-01T09:30:05Z",
      builtFrom: PacketManifest.BuiltFrom(
        kind: "stage2", audience: "auditor", audit: audit ? "AUD-1" : nil, asOf: nil,
        today: try #require(Day("2026-03-02"))),
      audit: audit ? PacketManifest.Audit(id: "AUD-1", kind: "stage2") : nil,
      excluded: excluded ? [PacketManifest.Excluded(path: "x.md", reasons: ["line 2: bad [schema]"])] : [],
      files: files)
  }

  @Test(
    "the bytes are those of encoding the whole manifest at once",
    arguments: [
      0, 1, 2, PacketManifest.filesPerBlock - 1, PacketManifest.filesPerBlock,
      PacketManifest.filesPerBlock + 1, 2 * PacketManifest.filesPerBlock + 300,
    ])
  func sameBytes(count: Int) throws {
    for (audit, excluded) in [(false, false), (true, true)] {
      let manifest = try Self.manifest(files: count, audit: audit, excluded: excluded)
      let data = try manifest.jsonData()
      #expect(data == (try Self.whole(manifest)), "\(count) files")
      #expect(try PacketManifest(jsonData: data) == manifest)
    }
  }
}
