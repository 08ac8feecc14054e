import Foundation
import Testing

@testable import GitStore

/// Reading many blobs at once, on every core.
@Suite struct BlobReadTests {
  @Test func manyBlobsComeBackInOrderAsReadOneByOne() throws {
    let temp = try TempRepo()
    var files: [String: String?] = [:]
    for index in 0..<300 { files["f/\(index).md"] = "file \(index)\n" + String(repeating: "x", count: index) }
    try temp.commit(files)
    let ids = try temp.repo.snapshot(at: "HEAD").entries.compactMap(\.blobID)
    #expect(ids.count == 300)
    let order = ids.reversed() + ids.prefix(5)
    let expected = try order.map { try temp.repo.contents(ofBlob: $0) }
    #expect(try temp.repo.contents(ofBlobs: Array(order)) == expected)
  }

  @Test func anUnknownBlobFailsTheWholeRead() throws {
    let temp = try TempRepo()
    var files: [String: String?] = [:]
    for index in 0..<200 { files["f/\(index).md"] = "file \(index)\n" }
    try temp.commit(files)
    var ids = try temp.repo.snapshot(at: "HEAD").entries.compactMap(\.blobID)
    ids[150] = String(repeating: "0", count: 40)
    #expect(throws: GitError.self) { try temp.repo.contents(ofBlobs: ids) }
  }
}
