import Foundation
import Testing

@testable import ISMSCore

/// Records looked up in a large versions file are copied in the file's order, and the pages behind
/// are given back as the reading goes (the system maps pages around each one read).
@Suite struct VersionsCacheReleaseTests {
  private let folder = MemoryCacheStorage()

  private func cache() -> FrontMatterCache {
    FrontMatterCache(storage: folder, name: FrontMatterCache.versionsFileName, keepsUnused: true, build: "b")
  }

  private func blobID(_ number: Int) -> String { String(format: "%040x", number * 7_919) }

  private func record(_ number: Int) -> Data {
    Data("record \(number) ".utf8) + Data(repeating: UInt8(truncatingIfNeeded: number), count: 1_000)
  }

  @Test func recordsComeInTheOrderAskedAndTheFileIsGivenBackBehindTheReading() throws {
    let count = 4_000
    let writer = cache()
    #expect(writer.records(for: [blobID(0)]) == [nil])
    for number in 0..<count { writer.store(record(number), for: blobID(number)) }
    writer.save()
    let size = try #require(folder.files[FrontMatterCache.versionsFileName]).count
    #expect(size > 3 * FrontMatterCache.releaseChunk)

    // Loading reads the whole file, and gives each part back once read.
    let reader = cache()
    let asked = (0..<count).map { ($0 * 1_543) % count } + [count + 1]
    #expect(reader.records(for: []).isEmpty)
    let loaded = folder.released.count
    let found = reader.records(for: asked.map(blobID) + ["not an id"])
    let parsed = folder.released.prefix(loaded)
    #expect(parsed.count >= 3, "released while parsing: \(Array(parsed))")
    #expect(parsed.dropLast().allSatisfy { $0.count <= FrontMatterCache.releaseChunk + 2_000 })
    #expect(parsed.last == 0..<size, "and then the whole file")

    #expect(found.count == asked.count + 1)
    #expect(zip(asked, found).allSatisfy { number, data in data == (number < count ? record(number) : nil) })
    #expect(found.last == .some(nil))

    // Looking up gives back the pages behind in file order, a chunk at a time, then the rest.
    let lookups = Array(folder.released.dropFirst(loaded))
    #expect(lookups.count >= 3, "\(lookups)")
    #expect(zip(lookups, lookups.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
    #expect(lookups.dropLast().allSatisfy { $0.count >= FrontMatterCache.releaseChunk })
    #expect(lookups.last?.upperBound == size)
    // The copies do not depend on the file's bytes staying mapped.
    folder.files[FrontMatterCache.versionsFileName] = Data()
    #expect(found[0] == record(asked[0]))
  }

  @Test func aRecordStoredInThisRunIsFoundWithoutReadingTheFile() {
    let cache = cache()
    cache.store(record(1), for: blobID(1))
    #expect(cache.records(for: [blobID(1), blobID(2)]) == [record(1), nil])
    #expect(folder.released.isEmpty)
  }
}
