import Foundation
import Testing

@testable import ISMSCore

/// The merge base's validation index that `review pr` keeps in the git folder, and the parsed
/// `isms.yml` it carries to the head.
@Suite struct ValidationIndexTests {
  /// The fixture's files with a made-up blob id per path, as a git snapshot has them.
  struct BlobSnapshot: Snapshot {
    let files: [String: Data]
    let origin = "blobs"
    var entries: [FileEntry] {
      files.keys.sorted().map { path in
        FileEntry(path: path, blobID: Self.blobID(files[path] ?? Data()), size: files[path]?.count ?? 0)
      }
    }

    func contents(of path: String) throws -> Data {
      guard let data = files[path] else { throw InMemorySnapshot.Missing() }
      return data
    }

    static func blobID(_ data: Data) -> String {
      String(checksum(data), radix: 16).padding(toLength: 40, withPad: "0", startingAt: 0)
    }
  }

  static var snapshot: BlobSnapshot { BlobSnapshot(files: Fixture().files.mapValues { Data($0.utf8) }) }

  @Test("the index keeps isms.yml parsed, and decodes only for its own key")
  func roundTrip() throws {
    let snapshot = Self.snapshot
    let config = try #require(ISMS.parsedConfig(in: snapshot))
    #expect(config.entries.contains { $0.key == "organization" })
    let loaded = ISMS.load(from: snapshot, parsedConfig: config)
    let report = Validator.validate(
      loaded: loaded, origin: snapshot.origin, catalogs: try Fixture.catalogs, today: Fixture.today)
    let key = ValidationIndex.Key(
      treeID: String(repeating: "ab", count: 20), build: "0.1.0+test", catalogsDigest: 7, today: Fixture.today
    )
    let wide = report.diagnostics.filter { $0.path == ISMS.configPath }
    let file = ValidationIndex(key: key, loaded: loaded, wideDiagnostics: wide, config: config).encoded()
    let read = try #require(ValidationIndex.decode(file, key: key))
    #expect(read.config == config)
    #expect(read.count == loaded.isms.documents.count)
    #expect(read.wideDiagnostics == wide)
    let otherDay = ValidationIndex.Key(
      treeID: key.treeID, build: key.build, catalogsDigest: 7, today: Fixture.today.adding(days: 1))
    #expect(ValidationIndex.decode(file, key: otherDay) == nil)
    // Another build of the same version (an upgrade that kept the version number) never reads it.
    let otherBuild = ValidationIndex.Key(
      treeID: key.treeID, build: "0.1.0+other", catalogsDigest: 7, today: Fixture.today)
    #expect(ValidationIndex.decode(file, key: otherBuild) == nil)
  }

  @Test("a load takes the parsed isms.yml only for the same blob")
  func parsedConfigByBlob() throws {
    let snapshot = Self.snapshot
    let parsed = try #require(ISMS.parsedConfig(in: snapshot))
    // Entries that differ from the file's show which one the load used.
    let renamed = parsed.entries.map { entry in
      entry.key == "organization"
        ? YAMLEntry(
          key: entry.key, line: entry.line, value: .scalar("Other GmbH", plain: true, line: entry.line))
        : entry
    }
    let sameBlob = ParsedConfig(blobID: parsed.blobID, entries: renamed)
    #expect(ISMS.load(from: snapshot, parsedConfig: sameBlob).isms.config?.organization == "Other GmbH")
    let otherBlob = ParsedConfig(blobID: String(repeating: "0", count: 40), entries: renamed)
    #expect(
      ISMS.load(from: snapshot, parsedConfig: otherBlob).isms.config?.organization
        == "Nordlicht Analytics GmbH")
    #expect(ISMS.load(from: snapshot).isms.config?.organization == "Nordlicht Analytics GmbH")
  }
}
