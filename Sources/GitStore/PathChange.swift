import ISMSCore

/// How one path differs between two revisions, relative to the ISMS root.
public struct PathChange: Sendable, Hashable {
  /// The kind of difference.
  public let status: ChangedFile.Status
  /// The path in the newer revision, or the deleted path.
  public let path: String
  /// The path in the older revision, for renames only.
  public let oldPath: String?
  /// The blob id in the older revision, `nil` when added.
  public let oldBlobID: String?
  /// The blob id in the newer revision, `nil` when deleted.
  public let newBlobID: String?

  /// Creates a path change.
  public init(
    status: ChangedFile.Status, path: String, oldPath: String? = nil, oldBlobID: String?, newBlobID: String?
  ) {
    self.status = status
    self.path = path
    self.oldPath = oldPath
    self.oldBlobID = oldBlobID
    self.newBlobID = newBlobID
  }
}
