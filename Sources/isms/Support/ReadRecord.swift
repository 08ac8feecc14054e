import Foundation
import ISMSCore

/// A snapshot that keeps the bytes it returned, so that a writer can check just before it commits
/// that the files it edited are, in the commit it builds on, what it read
/// (``ISMSContext/refuseStaleReads(of:in:base:)``). A file read twice gives the same bytes.
final class ReadRecord: Snapshot {
  /// The snapshot read through.
  let source: any Snapshot
  /// The bytes returned so far, by path.
  private(set) var read: [String: Data] = [:]

  /// Records what is read from `source`.
  init(_ source: any Snapshot) {
    self.source = source
  }

  var entries: [FileEntry] { source.entries }
  var origin: String { source.origin }
  var skipped: [SkippedFile] { source.skipped }

  func contents(of path: String) throws -> Data {
    if let known = read[path] { return known }
    let data = try source.contents(of: path)
    read[path] = data
    return data
  }
}
