import Foundation

/// One regular file in a snapshot of the ISMS.
public struct FileEntry: Sendable, Hashable {
  /// Path relative to the ISMS root, with `/` separators and no `.` or `..` components.
  public let path: String
  /// The git blob id (40 hex digits) when the content is known to git, else `nil`.
  public let blobID: String?
  /// Size in bytes.
  public let size: Int

  public init(path: String, blobID: String?, size: Int) {
    self.path = path
    self.blobID = blobID
    self.size = size
  }
}

/// A file or folder under the ISMS root that a snapshot does not list, and why; the loader
/// reports the ones that could be documents, so that nothing is left out without a word.
public struct SkippedFile: Sendable, Hashable {
  /// Why a snapshot does not list a file.
  public enum Reason: Sendable, Hashable {
    /// A symbolic link: never followed, wherever it points.
    case symbolicLink
    /// A name `isms` cannot use as a path (`problem` says why: not UTF-8, a backslash).
    case unusableName(problem: String)
  }

  /// The path relative to the ISMS root, with any byte that is not UTF-8 shown as `\xHH`.
  public let path: String
  /// Whether it is a folder (its files are skipped with it).
  public let isFolder: Bool
  /// Why it is not listed.
  public let reason: Reason

  public init(path: String, isFolder: Bool = false, reason: Reason) {
    self.path = path
    self.isFolder = isFolder
    self.reason = reason
  }
}

/// The files of the ISMS as they stand at one point: a git revision or the working tree.
///
/// Implementations list only regular files inside the ISMS root; symbolic links and anything
/// that would resolve outside the root are never listed or read.
public protocol Snapshot {
  /// Every regular file under the ISMS root, sorted by path (byte order).
  var entries: [FileEntry] { get }
  /// Where this snapshot comes from, for messages: a commit id, or `working tree`.
  var origin: String { get }
  /// The bytes of one listed file.
  /// - Throws: when the path is not listed or cannot be read.
  func contents(of path: String) throws -> Data
  /// The files and folders under the root that are not listed, with the reason; the default is none.
  var skipped: [SkippedFile] { get }
}

extension Snapshot {
  /// None: a snapshot that can list every file it holds.
  public var skipped: [SkippedFile] { [] }
}
