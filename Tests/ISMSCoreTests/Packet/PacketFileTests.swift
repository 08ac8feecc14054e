import Foundation
import Testing

@testable import ISMSCore

/// However a packet file holds its bytes (as they are, with text put in, or made and deflated as
/// they come), a packet has the same bytes and manifest.
@Suite("Packet files made in pieces")
struct PacketFileTests {
  /// Text that deflates well, text that does not (so that it is stored), and nothing.
  static let samples: [[UInt8]] = [
    Array(String(repeating: "POL-0012,policies/pol-0012.md,approval\r\n", count: 2_000).utf8),
    (0..<5_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) },
    [],
  ]

  /// `bytes` handed over in pieces of `size`, counting how often.
  static func made(_ bytes: [UInt8], pieces size: Int, runs: inout Int) -> PacketFile {
    PacketFile(path: "table.csv") { write in
      runs += 1
      var start = 0
      repeat {
        let end = min(bytes.count, start + size)
        bytes[start..<end].withUnsafeBytes { write($0) }
        start = end
      } while start < bytes.count
    }
  }

  @Test(
    "a file made in pieces reads, hashes and zips as the same bytes given whole", arguments: samples.indices)
  func madeAsWhole(sample: Int) throws {
    let bytes = Self.samples[sample]
    let whole = PacketFile(path: "table.csv", contents: Data(bytes))
    var runs = 0
    let made = Self.made(bytes, pieces: 777, runs: &runs)
    #expect(made.contents == Data(bytes) && made.size == bytes.count)
    #expect(PacketDigest.sha256(made) == PacketDigest.sha256(Data(bytes)))
    // Made once, and once more only to be stored.
    let stored = ZipWriter.compress { body in bytes.withUnsafeBytes(body) }.method == ZipFormat.stored
    #expect(runs == (stored ? 2 : 1))
    let expected = try PacketArchive.build(
      PacketFixture.files + [whole], sourceCommit: PacketFixture.commit, committed: PacketFixture.committed,
      builtFrom: PacketFixture.builtFrom)
    let built = try PacketArchive.build(
      PacketFixture.files + [made], sourceCommit: PacketFixture.commit, committed: PacketFixture.committed,
      builtFrom: PacketFixture.builtFrom)
    #expect(built.archive == expected.archive)
    #expect(built.manifest == expected.manifest)
  }

  @Test("a page with its body put in among its bytes reads and zips as the joined bytes")
  func inserted() throws {
    let body = String(repeating: "<tr><td>POL-0012</td><td>Änderung</td></tr>\n", count: 500)
    let page = PacketFile(path: "page.html", bytes: Data("<main></main>".utf8), inserting: body, at: 6)
    let joined = Data(("<main>" + body + "</main>").utf8)
    #expect(page.contents == joined && page.size == joined.count)
    #expect(PacketDigest.sha256(page) == PacketDigest.sha256(joined))
    let expected = try PacketArchive.build(
      [PacketFile(path: "page.html", contents: joined)], sourceCommit: PacketFixture.commit,
      committed: PacketFixture.committed, builtFrom: PacketFixture.builtFrom)
    let built = try PacketArchive.build(
      [page], sourceCommit: PacketFixture.commit, committed: PacketFixture.committed,
      builtFrom: PacketFixture.builtFrom)
    #expect(built.archive == expected.archive)
  }
}
