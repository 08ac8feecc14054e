import Foundation
import Testing

@testable import ISMSCore

/// Reading many versions of documents through the cache of versions, in any read order.
@Suite struct DocumentVersionsTests {
  /// 2,500 versions (more than two blocks): documents, broken front-matter, no front-matter, and
  /// the same blob at two paths.
  static let versions: [(blobID: String, path: String, data: Data)] = (0..<2_500).map { index in
    let text: String
    switch index % 4 {
    case 0: text = "---\nid: POL-\(index)\nkind: policy\ntitle: T\(index)\n---\n# Body \(index)\n"
    case 1: text = "---\nid: [unclosed \(index)\n---\n"
    case 2: text = "# no front-matter \(index)\n"
    default:
      text = "---\nid: POL-\(index - 3)\nkind: policy\ntitle: T\(index - 3)\n---\n# Body \(index - 3)\n"
    }
    let blob = index % 4 == 3 ? index - 3 : index
    let hex = String(blob, radix: 16)
    return (String(repeating: "0", count: 40 - hex.count) + hex, "p/\(index).md", Data(text.utf8))
  }

  static let bytesByID = Dictionary(versions.map { ($0.blobID, $0.data) }, uniquingKeysWith: { $1 })

  /// Reads every version, returning the documents and the ids asked of `bytes`, in order.
  func read(cache: FrontMatterCache?) throws -> (
    [Document?], [String]
  ) {
    var asked: [String] = []
    let documents = try DocumentVersions.read(
      Self.versions.map { ($0.blobID, $0.path) }, cache: cache,
      bytes: { ids in
        asked += ids
        return ids.map { Self.bytesByID[$0] ?? Data() }
      })
    return (documents, asked)
  }

  @Test func eachVersionIsWhatItsBytesGiveWithoutItsBody() throws {
    let expected = Self.versions.map { DocumentText.read($0.data, path: $0.path)?.withoutBody() }
    #expect(expected.compactMap { $0 }.count == 1_250)
    let (plain, plainAsked) = try read(cache: nil)
    #expect(plain == expected)
    #expect(plainAsked == Self.versions.map(\.blobID))
  }

  @Test func theCacheGivesTheSameDocumentsAndTheSameFileEachRun() throws {
    let expected = Self.versions.map { DocumentText.read($0.data, path: $0.path)?.withoutBody() }
    var files: [Data] = []
    for _ in 0..<2 {
      let folder = MemoryCacheStorage()
      let cache = {
        FrontMatterCache(
          storage: folder, name: FrontMatterCache.versionsFileName, keepsUnused: true, build: "test")
      }
      #expect(try read(cache: cache()).0 == expected)
      files.append(try #require(folder.files[FrontMatterCache.versionsFileName]))
      // From the cache: nothing is read, and the documents are the same.
      let (cached, asked) = try read(cache: cache())
      #expect(cached == expected)
      #expect(asked.isEmpty)
    }
    #expect(files[0] == files[1])
  }
}
