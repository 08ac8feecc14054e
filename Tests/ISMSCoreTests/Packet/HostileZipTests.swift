import Foundation
import ISMSCore
import Testing

@Suite struct HostileZipTests {
  let entry = PacketEntry(path: "xx/evil", contents: Data(String(repeating: "boom ", count: 100).utf8))

  @Test func parentTraversalIsRefused() throws {
    let archive = try PacketArchive.zip([entry], modified: PacketFixture.committed)
    let hostile = PacketFixture.patch(archive, "xx/evil", with: "../evil")
    #expect(throws: PacketReadError.unsafePath("../evil", reason: "contains '..'")) {
      try PacketVerifier.verify(hostile)
    }
    let absolute = PacketFixture.patch(archive, "xx/evil", with: "/x/evil")
    #expect(throws: PacketReadError.unsafePath("/x/evil", reason: "absolute path")) {
      try PacketArchive.entries(of: absolute)
    }
  }

  @Test func aHugeDeclaredSizeIsRefusedBeforeInflating() throws {
    var archive = try PacketArchive.zip([entry], modified: PacketFixture.committed)
    let central = PacketFixture.centralDirectoryOffset(archive)
    PacketFixture.poke(&archive, at: central + 24, 0xFFFF_FFF0)
    #expect(throws: PacketReadError.self) { try PacketVerifier.verify(archive) }
    do {
      _ = try PacketArchive.entries(of: archive)
    } catch {
      guard case .limitExceeded = error else {
        Issue.record("expected limitExceeded, got \(error)")
        return
      }
    }
  }

  @Test func aBombRatioIsRefused() throws {
    var archive = try PacketArchive.zip([entry], modified: PacketFixture.committed)
    let central = PacketFixture.centralDirectoryOffset(archive)
    PacketFixture.poke(&archive, at: central + 24, 100_000_000)
    #expect(throws: PacketReadError.limitExceeded("xx/evil declares a compression ratio above 1100")) {
      try PacketArchive.entries(of: archive)
    }
  }

  @Test func aSizeThatDoesNotMatchTheDataIsCorrupt() throws {
    var archive = try PacketArchive.zip([entry], modified: PacketFixture.committed)
    let central = PacketFixture.centralDirectoryOffset(archive)
    PacketFixture.poke(&archive, at: central + 24, 499)
    #expect(
      throws: PacketReadError.corruptEntry("xx/evil", reason: "inflates to more than the declared 499 bytes")
    ) {
      try PacketArchive.entries(of: archive)
    }
  }

  @Test func overlappingEntriesAreRefused() throws {
    // Non-recursive zip bombs let entries share bytes; stretch the first entry over the second.
    let text = Data(String(repeating: "abc ", count: 50).utf8)
    var archive = try PacketArchive.zip(
      [PacketEntry(path: "a", contents: text), PacketEntry(path: "b", contents: text)],
      modified: PacketFixture.committed)
    let central = PacketFixture.centralDirectoryOffset(archive)
    let compressedSize = (0..<4).reduce(0) { $0 | Int(archive[central + 20 + $1]) << (8 * $1) }
    PacketFixture.poke(&archive, at: central + 20, UInt32(compressedSize + 10))
    do {
      _ = try PacketArchive.entries(of: archive)
      Issue.record("overlapping entries were read")
    } catch {
      #expect(error.description.contains("overlap"))
    }
  }

  @Test func garbageAndTruncationAreRefused() throws {
    let archive = try PacketFixture.build().archive
    #expect(throws: PacketReadError.self) { try PacketArchive.entries(of: Data("not a zip".utf8)) }
    #expect(throws: PacketReadError.self) { try PacketArchive.entries(of: archive.prefix(archive.count / 2)) }
    #expect(throws: PacketReadError.self) { try PacketArchive.entries(of: archive.dropLast(1)) }
    var flipped = archive
    flipped[40] ^= 0xFF
    #expect(throws: PacketReadError.self) { try PacketArchive.entries(of: flipped) }
  }

  @Test func readingIsBoundedByTheLimits() throws {
    let archive = try PacketFixture.build().archive
    let tight = PacketLimits(maxEntries: 2, maxEntrySize: 1 << 20, maxTotalSize: 1 << 20, maxRatio: 1_100)
    #expect(throws: PacketReadError.limitExceeded("5 entries, more than 2")) {
      try PacketArchive.entries(of: archive, limits: tight)
    }
  }
}
