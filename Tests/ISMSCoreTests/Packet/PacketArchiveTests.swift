import Foundation
import ISMSCore
import Testing

@Suite struct PacketArchiveTests {
  @Test func buildingTwiceGivesIdenticalBytes() throws {
    let first = try PacketFixture.build()
    let second = try PacketFixture.build(PacketFixture.files.reversed())
    #expect(first.archive == second.archive)
    #expect(first.manifest == second.manifest)
  }

  @Test func entriesComeBackSortedWithTheirContents() throws {
    let build = try PacketFixture.build()
    let entries = try PacketArchive.entries(of: build.archive)
    #expect(
      entries.map(\.path) == [
        "documents/policies/A.5.1.md", "evidence/binary.bin", "evidence/empty.txt", "index.html",
        "manifest.json",
      ])
    for file in PacketFixture.files {
      #expect(entries.first { $0.path == file.path }?.contents == file.contents)
    }
  }

  @Test func anotherTimestampChangesOnlyTheTimeFields() throws {
    let first = [UInt8](try PacketFixture.build().archive)
    let later = PacketTimestamp(unixTime: PacketFixture.committed.unixTime + 86_400 * 40 + 3_600)
    let moved = try PacketArchive.zip(
      try PacketArchive.entries(of: try PacketFixture.build().archive), modified: later)
    let second = [UInt8](moved)
    #expect(first.count == second.count)
    let differing = Set(first.indices.filter { first[$0] != second[$0] })
    // Time and date are bytes 10…13 of a local header and 12…15 of a central one.
    var timeFields: Set<Int> = []
    var offset = 0
    while offset + 4 <= first.count {
      let signature = first[offset..<(offset + 4)]
      if signature.elementsEqual([0x50, 0x4B, 0x03, 0x04]) {
        timeFields.formUnion((offset + 10)...(offset + 13))
      }
      if signature.elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
        timeFields.formUnion((offset + 12)...(offset + 15))
      }
      offset += 1
    }
    #expect(!differing.isEmpty)
    #expect(differing.isSubset(of: timeFields))
  }

  @Test func timestampMapsToDOSTimeInUTC() throws {
    // 2026-03-01T09:30:05Z: the odd second rounds down to 04.
    let bytes = [UInt8](
      try PacketArchive.zip([PacketEntry(path: "a", contents: Data())], modified: PacketFixture.committed))
    let time = Int(bytes[10]) | Int(bytes[11]) << 8
    let date = Int(bytes[12]) | Int(bytes[13]) << 8
    #expect(time == 9 << 11 | 30 << 5 | 2)
    #expect(date == (2026 - 1980) << 9 | 3 << 5 | 1)
    #expect(PacketFixture.committed.description == "2026-03-01T09:30:05Z")
    #expect(
      PacketTimestamp(
        day: Day(year: 2026, month: 3, day: 1) ?? Day(daysSinceEpoch: 0), hour: 9, minute: 30, second: 5)
        == PacketFixture.committed)
  }

  @Test func timestampsOutsideDOSRangeAreClamped() throws {
    let early = [UInt8](
      try PacketArchive.zip(
        [PacketEntry(path: "a", contents: Data())], modified: PacketTimestamp(unixTime: 0)))
    #expect(early[10...13].elementsEqual([0, 0, 0x21, 0]))  // 1980-01-01 00:00:00
    #expect(PacketTimestamp(unixTime: -1).description == "1969-12-31T23:59:59Z")
    let late = [UInt8](
      try PacketArchive.zip(
        [PacketEntry(path: "a", contents: Data())], modified: PacketTimestamp(unixTime: 5_000_000_000)))
    #expect(late[10...13].elementsEqual([0x7D, 0xBF, 0x9F, 0xFF]))  // 2107-12-31 23:59:58
  }

  @Test func pathsAreSortedByUTF8BytesAndKeepNonASCII() throws {
    let paths = ["é.md", "a.md", "Z.md", "a/b.md", "a-b.md"]
    let archive = try PacketArchive.zip(
      paths.map { PacketEntry(path: $0, contents: Data($0.utf8)) }, modified: PacketFixture.committed)
    let entries = try PacketArchive.entries(of: archive)
    #expect(entries.map(\.path) == ["Z.md", "a-b.md", "a.md", "a/b.md", "é.md"])
    #expect(entries.allSatisfy { $0.contents == Data($0.path.utf8) })
  }

  @Test func filesAreRegularWithMode0644AndNoExtraFields() throws {
    let bytes = [UInt8](
      try PacketArchive.zip(
        [PacketEntry(path: "dir/a.txt", contents: Data("x".utf8))], modified: PacketFixture.committed))
    let central = PacketFixture.centralDirectoryOffset(Data(bytes))
    #expect(bytes[central + 4] == 20 && bytes[central + 5] == 3)  // made by Unix, 2.0
    #expect(bytes[central + 30] == 0 && bytes[central + 31] == 0)  // no extra field
    let attributes = (0..<4).reduce(0) { $0 | Int(bytes[central + 38 + $1]) << (8 * $1) }
    #expect(attributes >> 16 == 0o100644)
    #expect(bytes[28] == 0 && bytes[29] == 0)  // no extra field in the local header
  }

  @Test(arguments: [
    "/etc/passwd", "../evil", "a/../../b", "a\\b", "a\u{0}b", "", "a//b", "a/", "./a", "C:/x",
  ])
  func unsafePathsAreRefused(path: String) {
    #expect(throws: PacketBuildError.self) {
      try PacketArchive.zip([PacketEntry(path: path, contents: Data())], modified: PacketFixture.committed)
    }
  }

  @Test func duplicatePathsAreRefused() {
    let entry = PacketEntry(path: "a.txt", contents: Data())
    #expect(throws: PacketBuildError.duplicatePath("a.txt")) {
      try PacketArchive.zip([entry, entry], modified: PacketFixture.committed)
    }
  }

  @Test func packetRefusesAFileAtTheManifestPathAndABadCommit() {
    #expect(throws: PacketBuildError.reservedPath("manifest.json")) {
      try PacketFixture.build([PacketFile(path: "manifest.json", contents: Data())])
    }
    #expect(throws: PacketBuildError.invalidSourceCommit("HEAD")) {
      try PacketArchive.build(
        [], sourceCommit: "HEAD", committed: PacketFixture.committed, builtFrom: PacketFixture.builtFrom)
    }
  }

  @Test func limitsAreEnforcedWhenBuilding() {
    let limits = PacketLimits(maxEntries: 10, maxEntrySize: 4, maxTotalSize: 6, maxRatio: 1_100)
    #expect(throws: PacketBuildError.self) {
      try PacketArchive.zip(
        [PacketEntry(path: "a", contents: Data(count: 5))], modified: PacketFixture.committed, limits: limits)
    }
    #expect(throws: PacketBuildError.self) {
      try PacketArchive.zip(
        [PacketEntry(path: "a", contents: Data(count: 4)), PacketEntry(path: "b", contents: Data(count: 4))],
        modified: PacketFixture.committed, limits: limits)
    }
  }
}
