import Foundation
import Testing

@testable import ISMSCore

/// A snapshot that asks for its files in reverse path order and records the reads.
final class ReversedSnapshot: Snapshot {
  let inner: InMemorySnapshot
  private(set) var reads: [String] = []

  init(_ inner: InMemorySnapshot) { self.inner = inner }

  var entries: [FileEntry] { inner.entries }
  var origin: String { inner.origin }

  func contents(of path: String) throws -> Data {
    reads.append(path)
    return try inner.contents(of: path)
  }

  func readOrder(of entries: [FileEntry]) -> [Int] { Array(entries.indices.reversed()) }
}

/// Loading an ISMS in a snapshot's read order.
@Suite struct ReadOrderTests {
  @Test func theReadOrderChangesOnlyTheOrderOfReads() {
    var files = ["isms.yml": "organization: Example\n"]
    for index in 0..<2_100 {
      files["p/\(index).md"] =
        switch index % 3 {
        case 0: "---\nid: POL-\(index)\nkind: policy\ntitle: T\(index)\n---\n# Body\n"
        case 1: "---\nid: [unclosed\n---\n"
        default: "---\nid: POL-\(index - 1)\nkind: policy\n---\n"
        }
    }
    let plain = InMemorySnapshot(files)
    let reversed = ReversedSnapshot(plain)
    func summary(_ result: ISMSLoadResult) -> [String] {
      result.diagnostics.map { "\($0)" }
        + result.isms.documents.map { "\($0.path) \($0.frontMatter) \($0.body)" }
    }
    let expected = summary(ISMS.load(from: plain))
    #expect(expected.count > 2_100)
    #expect(summary(ISMS.load(from: reversed)) == expected)
    let documents = plain.entries.map(\.path).filter { $0.hasSuffix(".md") }
    #expect(reversed.reads == ["isms.yml"] + documents.reversed())
  }
}
