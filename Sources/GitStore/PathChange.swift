/// How one path differs between two revisions, relative to the ISMS root.
public struct PathChange: Sendable, Hashable {
  /// The kind of difference.
  public enum Status: String, Sendable, Hashable {
    /// The path exists only in the newer revision.
    case added
    /// The path exists in both, with different content or mode.
    case modified
    /// The path exists only in the older revision.
    case deleted
    /// The file moved from `oldPath` to `path`, possibly with edits.
    case renamed
  }

  /// The kind of difference.
  public let status: Status
  /// The path in the newer revision, or the deleted path.
  public let path: String
  /// The path in the older revision, for renames only.
  public let oldPath: String?
  /// The blob id in the older revision, `nil` when added.
  public let oldBlobID: String?
  /// The blob id in the newer revision, `nil` when deleted.
  public let newBlobID: String?

  /// Creates a path change.
  public init(status: Status, path: String, oldPath: String? = nil, oldBlobID: String?, newBlobID: String?) {
    self.status = status
    self.path = path
    self.oldPath = oldPath
    self.oldBlobID = oldBlobID
    self.newBlobID = newBlobID
  }
}
