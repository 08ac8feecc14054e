import Foundation
import Testing

@testable import ISMSCore

/// A snapshot with blob ids, lending a cache.
struct CachedMemorySnapshot: Snapshot, FrontMatterCacheProviding {
  let files: [String: Data]
  let frontMatterCache: FrontMatterCache?
  let frontMatterCacheKeepsBodies: Bool
  var origin: String { "memory" }

  var entries: [FileEntry] {
    files.keys.sorted().map { path in
      let id = String(
        String(UInt64(bitPattern: Int64(path.hashValue ^ (files[path]?.hashValue ?? 0))), radix: 16)
          .padding(toLength: 40, withPad: "0", startingAt: 0))
      return FileEntry(path: path, blobID: id, size: files[path]?.count ?? 0)
    }
  }

  func contents(of path: String) throws -> Data {
    guard let data = files[path] else { throw CocoaError(.fileNoSuchFile) }
    return data
  }
}

@Suite struct PerformanceCacheTests {
  static let files: [String: Data] = [
    "isms.yml": Data("organization: Example\n".utf8),
    "policies/a.md": Data(
      "---\nid: POL-001\nkind: policy\ntitle: A\nversion: '1.0'\nlist: [a, 'b']\nmap:\n  k: v\n---\n# A\n"
        .utf8),
    "policies/b.md": Data("---\nid: POL-002\nkind: policy\nid: again\n---\nbody\n".utf8),
    "policies/c.md": Data("---\nid: [unclosed\n---\n".utf8),
    "README.md": Data("# no front-matter\n".utf8),
    "risks/r.md": Data("---\r\nid: R-1\r\nkind: risk\r\n---\r\nbody\r\n".utf8),
    "bad.md": Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF]),
  ]

  func summary(_ result: ISMSLoadResult) -> [String] {
    result.diagnostics.map { "\($0)" }
      + result.isms.documents.map {
        "\($0.path) \($0.frontMatter) \($0.body) \($0.bodyFirstLine) \($0.references)"
      }
  }

  @Test(arguments: [false, true]) func aCachedLoadEqualsAnUncachedOne(keepBodies: Bool) throws {
    let folder = MemoryCacheStorage()
    let plain = ISMS.load(
      from: CachedMemorySnapshot(files: Self.files, frontMatterCache: nil, frontMatterCacheKeepsBodies: false)
    )
    let first = ISMS.load(
      from: CachedMemorySnapshot(
        files: Self.files, frontMatterCache: FrontMatterCache(storage: folder, build: "test"),
        frontMatterCacheKeepsBodies: keepBodies))
    #expect(folder.files[FrontMatterCache.fileName] != nil)
    let second = ISMS.load(
      from: CachedMemorySnapshot(
        files: Self.files, frontMatterCache: FrontMatterCache(storage: folder, build: "test"),
        frontMatterCacheKeepsBodies: keepBodies))
    #expect(summary(plain) == summary(first))
    #expect(summary(plain) == summary(second))
    #expect(!summary(plain).isEmpty)
  }

  @Test func aLoadWithoutBodiesCachesNoBodyAndALoadWithBodiesCompletesTheRecords() throws {
    let folder = MemoryCacheStorage()
    let snapshot = CachedMemorySnapshot(
      files: Self.files, frontMatterCache: FrontMatterCache(storage: folder, build: "test"),
      frontMatterCacheKeepsBodies: true)
    let path = try #require(snapshot.entries.first { $0.path == "policies/a.md" })
    let blobID = try #require(path.blobID)
    func record() throws -> Data {
      try #require(FrontMatterCache(storage: folder, build: "test").record(for: blobID))
    }
    let lean = summary(ISMS.load(from: snapshot, bodies: .skipped))
    #expect(!FrontMatterRecord.isComplete(try record()))
    #expect(summary(ISMS.load(from: snapshot, bodies: .skipped)) == lean)
    let full = ISMS.load(from: snapshot)
    #expect(full.isms.document(id: "POL-001")?.body == "# A\n")
    #expect(FrontMatterRecord.isComplete(try record()))
    #expect(summary(ISMS.load(from: snapshot)) == summary(full))
    #expect(summary(ISMS.load(from: snapshot, bodies: .skipped)) == lean)
  }

  @Test func aDamagedCacheIsIgnoredAndRebuilt() throws {
    let folder = MemoryCacheStorage()
    let snapshot = CachedMemorySnapshot(
      files: Self.files, frontMatterCache: FrontMatterCache(storage: folder, build: "test"),
      frontMatterCacheKeepsBodies: true)
    let expected = summary(ISMS.load(from: snapshot))
    let path = FrontMatterCache.fileName
    var bytes = try #require(folder.files[path])
    for offset in stride(from: bytes.count - 1, to: 20, by: -7) { bytes[offset] ^= 0x5A }
    folder.files[path] = bytes
    let again = CachedMemorySnapshot(
      files: Self.files, frontMatterCache: FrontMatterCache(storage: folder, build: "test"),
      frontMatterCacheKeepsBodies: true)
    #expect(summary(ISMS.load(from: again)) == expected)
    folder.files[path] = Data("garbage".utf8)
    let third = CachedMemorySnapshot(
      files: Self.files, frontMatterCache: FrontMatterCache(storage: folder, build: "test"),
      frontMatterCacheKeepsBodies: false)
    #expect(summary(ISMS.load(from: third)) == expected)
    // Rebuilt: a valid file again.
    #expect(try #require(folder.files[path]).starts(with: FrontMatterCache.magic))
  }

  @Test func recordsRoundTripAndRejectDamage() throws {
    let entries = try YAMLReader.parseMapping("a: 1\nb: [x, 'y']\nc:\n  d: e\n", firstLine: 2)
    let outcomes: [FrontMatterRecord.Outcome] = [
      .noFrontMatter, .parsed(entries, bodyFirstLine: 7, body: "body\n"),
      .parsed(entries, bodyFirstLine: 7, body: nil),
      .failed(FrontMatterError(.syntax, line: 3, message: "m", fix: "f")),
      .failed(FrontMatterError(.binary, line: nil, message: "m", fix: "f")),
    ]
    for outcome in outcomes {
      let data = FrontMatterRecord.encode(outcome)
      #expect(FrontMatterRecord.decode(data).map { "\($0)" } == "\(outcome)")
      for cut in 0..<data.count { #expect(FrontMatterRecord.decode(data.prefix(cut)) == nil) }
    }
  }
}
