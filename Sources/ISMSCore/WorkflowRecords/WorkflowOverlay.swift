import Foundation

/// A snapshot with files replaced or added, to read and validate the ISMS as a workflow command
/// would leave it before anything is written.
public struct WorkflowOverlay: Snapshot {
  private let base: any Snapshot
  private let files: [String: Data]

  /// `base` with each of `changes` written.
  public init(_ base: any Snapshot, changes: [WorkflowChange]) {
    self.base = base
    var files: [String: Data] = [:]
    for change in changes { files[change.path] = Data(change.text.utf8) }
    self.files = files
  }

  /// The base entries with the written files' sizes, plus the new files, sorted by path.
  public var entries: [FileEntry] {
    var result = base.entries.map { entry in
      files[entry.path].map { FileEntry(path: entry.path, blobID: nil, size: $0.count) } ?? entry
    }
    let known = Set(result.map(\.path))
    for (path, data) in files where !known.contains(path) {
      result.append(FileEntry(path: path, blobID: nil, size: data.count))
    }
    return result.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
  }

  /// The base's origin.
  public var origin: String { base.origin }

  /// The base's skipped files.
  public var skipped: [SkippedFile] { base.skipped }

  /// The written bytes for a changed path, else the base's.
  /// - Throws: what the base throws.
  public func contents(of path: String) throws -> Data {
    if let data = files[path] { return data }
    return try base.contents(of: path)
  }
}
