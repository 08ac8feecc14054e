import Foundation
import ISMSCore

/// A snapshot held in memory: paths to bytes.
struct InMemorySnapshot: Snapshot {
  struct Missing: Error {}

  let files: [String: Data]
  let origin: String

  init(_ files: [String: String], origin: String = "memory") {
    self.files = files.mapValues { Data($0.utf8) }
    self.origin = origin
  }

  init(data files: [String: Data], origin: String = "memory") {
    self.files = files
    self.origin = origin
  }

  var entries: [FileEntry] {
    files.keys.sorted().map { FileEntry(path: $0, blobID: nil, size: files[$0]?.count ?? 0) }
  }

  func contents(of path: String) throws -> Data {
    guard let data = files[path] else { throw Missing() }
    return data
  }
}
