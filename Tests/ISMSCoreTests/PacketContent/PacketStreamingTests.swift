import Foundation
import ISMSCore
import Testing

/// The streaming path (files made batch by batch, zipped as they come) gives the bytes of the
/// in-memory path (every file made, then zipped at once), whatever the batch size.
@Suite("Packet streaming")
struct PacketStreamingTests {
  static let builtFrom = PacketManifest.BuiltFrom(
    kind: "surveillance", audience: "auditor", audit: nil, asOf: nil, today: Fixture.today)

  @Test(
    "streamed in batches of 1, 3 and 256, the files after the manifest kept or held, a packet has the bytes it has built in memory",
    arguments: [1, 3, 256], [false, true])
  func sameBytes(batchSize: Int, holding: Bool) throws {
    let request = PacketContentFixture.request()
    let files = try PacketContentFixture.files()
    let inMemory = try PacketArchive.build(
      files, sourceCommit: request.sourceCommit, committed: request.committed, builtFrom: Self.builtFrom)

    let isms = PacketContentFixture.isms
    let fixture = PacketContentFixture.fixture
    var contents: [String: Data] = [:]
    for document in isms.documents {
      contents[document.path] = Data((fixture.files[document.path] ?? "").utf8)
    }
    let sources = PacketSources(
      isms: isms, catalogs: try Fixture.catalogs, blobIDs: [:], histories: .empty, baseline: nil,
      templates: try PacketContentFixture.templates)
    var held = Data()
    var writer = try PacketWriter(
      sourceCommit: request.sourceCommit, committed: request.committed, builtFrom: Self.builtFrom,
      hold: holding ? { held += $0 } : nil)
    var streamed = Data()
    var batches = 0
    try PacketContent.produce(
      for: request, sources: sources, sourceBytes: { $0.map { contents[$0] } }, batchSize: batchSize
    ) { batch in
      batches += 1
      for chunk in try writer.add(batch) { streamed += chunk }
    }
    let ending = try writer.finish()
    for chunk in ending.manifestEntry { streamed += chunk }
    streamed += held
    for chunk in ending.rest { streamed += chunk }
    let manifest = ending.manifest

    #expect(holding == !held.isEmpty)
    #expect(batches == (files.count + batchSize - 1) / batchSize)
    #expect(manifest == inMemory.manifest)
    #expect(streamed == inMemory.archive)
  }

  @Test("a writer refuses files out of order and twice the same path")
  func order() throws {
    var writer = try PacketWriter(
      sourceCommit: PacketFixture.commit, committed: PacketFixture.committed, builtFrom: Self.builtFrom)
    _ = try writer.add([PacketFile(path: "b.html", contents: Data("b".utf8))])
    #expect(throws: PacketBuildError.duplicatePath("b.html")) {
      _ = try writer.add([PacketFile(path: "b.html", contents: Data())])
    }
    #expect(throws: PacketBuildError.self) {
      _ = try writer.add([PacketFile(path: "a.html", contents: Data())])
    }
  }
}
