import Foundation

/// A file to put in a packet, with where it came from, for the manifest.
public struct PacketFile: Sendable, Hashable {
  /// Path inside the packet.
  public var path: String
  /// The file's bytes.
  public var contents: Data
  /// The git blob the bytes were taken from (40 hex digits), for documents copied from the repository.
  public var blobID: String?
  /// The file's path in the repository, when it was taken from there.
  public var sourcePath: String?

  /// A file at `path` holding `contents`; `blobID` and `sourcePath` name its origin in the repository.
  public init(path: String, contents: Data, blobID: String? = nil, sourcePath: String? = nil) {
    self.path = path
    self.contents = contents
    self.blobID = blobID
    self.sourcePath = sourcePath
  }
}
