import Foundation
import Testing

@testable import ISMSCore

/// The cache of versions from history keeps every record, so a run that adds a few appends them
/// instead of rewriting the file.
@Suite struct VersionsCacheAppendTests {
  private let folder = MemoryCacheStorage()
  private let path = FrontMatterCache.versionsFileName

  private func cache(build: String = "0.1.0+test") -> FrontMatterCache {
    FrontMatterCache(
      storage: folder, name: FrontMatterCache.versionsFileName, keepsUnused: true, build: build)
  }

  private func blobID(_ number: Int) -> String {
    String(repeating: "0", count: 38) + String(format: "%02x", number)
  }

  private func record(_ number: Int) -> Data {
    Data("record \(number) ".utf8) + Data(repeating: UInt8(number), count: 100)
  }

  private func bytes() throws -> Data { try #require(folder.files[path]) }

  /// Looks records `numbers` up in a fresh cache, stores those it lacks, as a reader of history
  /// does, and saves it.
  private func add(_ numbers: [Int], build: String = "0.1.0+test") {
    let cache = cache(build: build)
    for number in numbers where cache.record(for: blobID(number)) == nil {
      cache.store(record(number), for: blobID(number))
    }
    cache.save()
  }

  private func readable(_ numbers: [Int]) -> [Int] {
    let cache = cache()
    return numbers.filter { cache.record(for: blobID($0)) == record($0) }
  }

  @Test func aRunThatAddsRecordsAppendsThemAndEveryRecordStaysReadable() throws {
    add([1, 2, 3])
    let first = try bytes()
    add([4])
    let second = try bytes()
    #expect(second.count > first.count && second.count < first.count + 200)
    #expect(second.prefix(first.count) == first, "the file was extended, not rewritten")
    add([5, 6])
    #expect(readable(Array(1...6)) == Array(1...6))
  }

  @Test func aSegmentCutShortIsIgnoredAndTheNextSaveRewritesTheFile() throws {
    add([1, 2, 3])
    let whole = try bytes()
    add([4])
    let torn = try bytes().prefix(whole.count + 30)
    folder.files[path] = torn
    #expect(readable([1, 2, 3, 4]) == [1, 2, 3])
    add([5])
    let rewritten = try bytes()
    #expect(rewritten.prefix(torn.count) != torn, "rewritten without the torn segment")
    #expect(readable([1, 2, 3, 4, 5]) == [1, 2, 3, 5])
  }

  @Test func aFileOfAnotherBuildIsReplacedNotAppendedTo() throws {
    add([1, 2], build: "0.1.0+other")
    add([3])
    let file = try bytes()
    #expect(file.starts(with: FrontMatterCache.magic))
    #expect(String(decoding: file, as: UTF8.self).contains("0.1.0+test"))
    #expect(!String(decoding: file, as: UTF8.self).contains("0.1.0+other"))
    #expect(readable([1, 2, 3]) == [3])
  }
}
