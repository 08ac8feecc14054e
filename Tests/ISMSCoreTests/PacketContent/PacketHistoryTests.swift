import Foundation
import Testing

@testable import ISMSCore

/// The versions of the documents' histories are read a batch of documents at a time, as the
/// packet asks for them, and the pages are those of every version held in memory.
@Suite("Packet histories read batch by batch")
struct PacketHistoryTests {
  /// Two commits per document of the fixture: one creating it, then one approving it.
  static func histories(_ isms: ISMS) -> [String: [DocumentRevision]] {
    var histories: [String: [DocumentRevision]] = [:]
    for (index, document) in isms.documents.enumerated() {
      func revision(_ number: Int, _ summary: String, trailers: [(key: String, value: String)])
        -> DocumentRevision
      {
        DocumentRevision(
          commitID: String(format: "%08x", index * 2 + number) + String(repeating: "0", count: 32),
          author: Identity(name: "Ana Moreira", email: "ana@example.com"),
          date: Date(timeIntervalSince1970: TimeInterval(1_770_000_000 + index * 100 + number)),
          timeZoneOffsetMinutes: 60, summary: summary, trailers: trailers, document: document)
      }
      histories[document.path] = [
        revision(1, "Approve \(document.id)", trailers: [(ReviewTrailer.approval, document.id)]),
        revision(0, "Add \(document.id)", trailers: []),
      ]
    }
    return histories
  }

  /// A history whose versions are read from `histories` by `versions`, asked for each batch;
  /// its commits carry no documents.
  static func reading(_ histories: [String: [DocumentRevision]], asked: Asked) -> PacketHistory {
    let commits = histories.mapValues { list in
      list.map {
        DocumentRevision(
          commitID: $0.commitID, author: $0.author, date: $0.date,
          timeZoneOffsetMinutes: $0.timeZoneOffsetMinutes,
          summary: $0.summary, trailers: $0.trailers, document: nil)
      }
    }
    return PacketHistory(commits: PathHistories(commits)) { paths in
      asked.batches.append(paths)
      return paths.map { histories[$0] ?? [] }
    }
  }

  final class Asked {
    var batches: [[String]] = []
  }

  static func files(_ history: PacketHistory) throws -> [PacketFile] {
    let isms = PacketContentFixture.isms
    var contents: [String: Data] = [:]
    for document in isms.documents { contents[document.path] = Data(document.body.utf8) }
    let sources = PacketSources(
      isms: isms, catalogs: try Fixture.catalogs, blobIDs: [:], fileContents: contents, histories: history,
      baseline: nil, templates: try PacketContentFixture.templates)
    return try PacketContent.files(for: PacketContentFixture.request(), sources: sources)
  }

  @Test(
    "versions read on demand give the files of versions held in memory: the states first, then the log's page and its table"
  )
  func sameFiles() throws {
    let histories = Self.histories(PacketContentFixture.isms)
    let inMemory = try Self.files(PacketHistory(histories))
    let asked = Asked()
    let read = try Self.files(Self.reading(histories, asked: asked))
    #expect(read.map(\.path) == inMemory.map(\.path))
    for (lhs, rhs) in zip(read, inMemory) { #expect(lhs.contents == rhs.contents, "\(lhs.path)") }
    let selected = PacketContent.selection(
      for: PacketContentFixture.request(), isms: PacketContentFixture.isms, since: nil
    ).all.map(\.path)
    // Once for the approval states, then for the page (its groups leave some kinds out), then for
    // the table, each in the selection's order.
    let asks = asked.batches.flatMap { $0 }
    #expect(Array(asks.prefix(selected.count)) == selected)
    #expect(Array(asks.suffix(selected.count)) == selected)
    #expect(asks.count > 2 * selected.count && asks.count <= 3 * selected.count)
    let log = PacketContentFixture.text(read, "document-control.html")
    #expect(log.contains("approval") && log.contains("Add POL-100"))
  }

  @Test("no batch asks for more documents than its size, and the result does not depend on it")
  func batches() throws {
    let isms = PacketContentFixture.isms
    let histories = Self.histories(isms)
    let asked = Asked()
    let small = try PacketDocumentHistory.read(
      isms.documents, from: Self.reading(histories, asked: asked), config: isms.config, batchSize: 2)
    let whole = try PacketDocumentHistory.read(
      isms.documents, from: PacketHistory(histories), config: isms.config)
    #expect(asked.batches.allSatisfy { $0.count <= 2 })
    #expect(asked.batches.count == (isms.documents.count + 1) / 2)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    for document in isms.documents {
      let lhs = try #require(small[document.path])
      let rhs = try #require(whole[document.path])
      #expect(try encoder.encode(lhs.summary) == encoder.encode(rhs.summary))
      #expect(lhs.commitCount == 2 && lhs.state == rhs.state && lhs.approval == rhs.approval)
      // Only a controlled document's summary is kept: the page's summary table lists no other.
      guard document.kind.isControlled else {
        #expect(lhs.summary == nil)
        continue
      }
      let summary = try #require(lhs.summary)
      #expect(summary.entries.isEmpty)
      // The summary is the whole log but for its entries.
      let full = DocumentLog(
        current: document, history: histories[document.path] ?? [], config: isms.config,
        uncommittedChanges: false)
      #expect(full.entries.count == 2)
      #expect(summary.version == full.version && summary.status == full.status)
      #expect(try encoder.encode(summary.approval) == encoder.encode(full.approval))
    }
  }

  @Test("no batch holds more versions than its bound, unless one document has more alone")
  func versionBatches() throws {
    let isms = PacketContentFixture.isms
    let histories = Self.histories(isms)
    let whole = try PacketDocumentHistory.read(
      isms.documents, from: PacketHistory(histories), config: isms.config)
    for (bound, documents) in [(1, 1), (3, 1), (4, 2), (7, 3)] {
      let asked = Asked()
      let read = try PacketDocumentHistory.read(
        isms.documents, from: Self.reading(histories, asked: asked), config: isms.config,
        versionsPerBatch: bound)
      // Two versions per document.
      #expect(asked.batches.allSatisfy { $0.count == min(documents, $0.count) && $0.count <= documents })
      #expect(asked.batches.count == (isms.documents.count + documents - 1) / documents, "\(bound)")
      #expect(asked.batches.flatMap { $0 } == isms.documents.map(\.path))
      for document in isms.documents {
        #expect(read[document.path]?.state == whole[document.path]?.state)
      }
    }
  }

  @Test("a history that cannot be read stops the packet with its error")
  func failure() throws {
    struct Unreadable: Error {}
    let history = PacketHistory(commits: PathHistories([:])) { _ in throw Unreadable() }
    let sources = PacketSources(
      isms: PacketContentFixture.isms, catalogs: try Fixture.catalogs, blobIDs: [:], histories: history,
      baseline: nil, templates: try PacketContentFixture.templates)
    #expect(throws: Unreadable.self) {
      try PacketContent.produce(
        for: PacketContentFixture.request(), sources: sources, sourceBytes: { $0.map { _ in nil } }
      ) { _ in }
    }
  }
}
