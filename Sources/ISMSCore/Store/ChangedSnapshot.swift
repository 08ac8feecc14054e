import Foundation

/// A snapshot with a set of changes applied, to validate what a command would write before it
/// writes it.
public struct ChangedSnapshot: Snapshot {
  private let base: any Snapshot
  private let written: [String: Data]
  private let deleted: Set<String>

  /// `base` with `changes` applied in order.
  public init(_ base: any Snapshot, applying changes: [FileChange]) {
    var written: [String: Data] = [:]
    var deleted: Set<String> = []
    for change in changes {
      switch change {
      case .write(let path, let contents):
        written[path] = contents
        deleted.remove(path)
      case .delete(let path):
        written[path] = nil
        deleted.insert(path)
      }
    }
    self.base = base
    self.written = written
    self.deleted = deleted
  }

  /// The base entries without the deleted ones, with the written ones added or resized, by path.
  public var entries: [FileEntry] {
    let kept = base.entries.filter { !deleted.contains($0.path) && written[$0.path] == nil }
    let added = written.map { FileEntry(path: $0.key, blobID: nil, size: $0.value.count) }
    return (kept + added).sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
  }

  /// The base's origin.
  public var origin: String { base.origin }

  /// The base's skipped files.
  public var skipped: [SkippedFile] { base.skipped }

  /// The written bytes for `path`, else the base's.
  /// - Throws: for a deleted path, or what the base throws.
  public func contents(of path: String) throws -> Data {
    if let data = written[path] { return data }
    guard !deleted.contains(path) else { throw CocoaError(.fileNoSuchFile) }
    return try base.contents(of: path)
  }
}
