import Foundation

/// One file inside a packet's zip: its path there and its bytes.
public struct PacketEntry: Sendable, Hashable {
  /// Path inside the zip, `/`-separated and relative (`documents/policies/A.5.1.md`).
  public var path: String
  /// The file's bytes.
  public var contents: Data

  /// An entry at `path` holding `contents`.
  public init(path: String, contents: Data) {
    self.path = path
    self.contents = contents
  }
}
