import Foundation

/// One change to a file, applied by a store in a single commit.
public enum FileChange: Sendable, Hashable {
  /// Create or replace the file at `path` (relative to the ISMS root) with `contents`.
  case write(path: String, contents: Data)
  /// Remove the file at `path` (relative to the ISMS root).
  case delete(path: String)

  /// The path the change touches.
  public var path: String {
    switch self {
    case .write(let path, _), .delete(let path): return path
    }
  }
}

/// A person acting on the ISMS, as git records them.
public struct Identity: Sendable, Hashable {
  public let name: String
  public let email: String

  public init(name: String, email: String) {
    self.name = name
    self.email = email
  }
}
