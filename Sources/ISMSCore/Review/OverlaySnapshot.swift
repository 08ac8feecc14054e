import Foundation

/// A snapshot with one file replaced, to validate a document as it would be written.
public struct OverlaySnapshot: Snapshot {
  private let base: any Snapshot
  private let path: String
  private let data: Data

  /// `base` with `path` holding `data`.
  public init(_ base: any Snapshot, replacing path: String, with data: Data) {
    self.base = base
    self.path = path
    self.data = data
  }

  /// The base entries, with the replaced file's size updated (and its blob id unknown).
  public var entries: [FileEntry] {
    base.entries.map { $0.path == path ? FileEntry(path: path, blobID: nil, size: data.count) : $0 }
  }

  /// The base's origin.
  public var origin: String { base.origin }

  /// The base's skipped files.
  public var skipped: [SkippedFile] { base.skipped }

  /// The replaced bytes for `path`, else the base's.
  /// - Throws: what the base throws.
  public func contents(of path: String) throws -> Data {
    path == self.path ? data : try base.contents(of: path)
  }
}
