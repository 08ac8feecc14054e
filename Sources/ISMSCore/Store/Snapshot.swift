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
  /// The order in which reading `entries` (listed files) is cheapest, as positions in `entries`
  /// (a permutation of them); it changes nothing but the order of the reads.
  func readOrder(of entries: [FileEntry]) -> [Int]
}

extension Snapshot {
  /// The order given: files on disk cost the same in any order.
  public func readOrder(of entries: [FileEntry]) -> [Int] { Array(entries.indices) }
}
