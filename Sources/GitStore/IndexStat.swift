import Clibgit2
import Foundation

/// The stat data git keeps for an index entry, and the rule, git's own, that says when a file on
/// disk still holds the blob its index entry names, so that the file need not be read and hashed.
struct IndexStat: Equatable {
  /// The size in bytes, truncated to 32 bits as the index stores it.
  var size: UInt32
  /// The modification time.
  var modified: Timestamp
  /// The inode change time.
  var changed: Timestamp
  /// The inode number, truncated to 32 bits as the index stores it.
  var inode: UInt32

  /// Seconds and nanoseconds since 1970.
  struct Timestamp: Equatable {
    var seconds: Int64
    var nanoseconds: UInt32
  }

  /// The stat data of an index entry.
  init(_ entry: git_index_entry) {
    size = entry.file_size
    modified = Timestamp(seconds: Int64(entry.mtime.seconds), nanoseconds: entry.mtime.nanoseconds)
    changed = Timestamp(seconds: Int64(entry.ctime.seconds), nanoseconds: entry.ctime.nanoseconds)
    inode = entry.ino
  }

  /// The stat data of a file, as the index would record it.
  init(_ info: stat) {
    size = UInt32(truncatingIfNeeded: info.st_size)
    modified = Timestamp(info.st_mtim)
    changed = Timestamp(info.st_ctim)
    inode = UInt32(truncatingIfNeeded: info.st_ino)
  }

  /// Creates stat data from its parts.
  init(size: UInt32, modified: Timestamp, changed: Timestamp, inode: UInt32) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
  }

  /// Whether a file whose stat data is `file` certainly holds the blob of the index entry with
  /// stat data `self`, the index file having been written at `indexWritten`.
  ///
  /// Every field must match. An entry modified in the second the index was written, or later, is
  /// "racily clean" (git's term): the file could have changed again within the same clock tick
  /// after the index recorded it, so it must be hashed.
  func vouches(for file: IndexStat, indexWritten: Timestamp) -> Bool {
    self == file && modified.seconds < indexWritten.seconds
  }
}

extension IndexStat.Timestamp {
  /// A `timespec` as a timestamp.
  init(_ time: timespec) {
    self.init(seconds: Int64(time.tv_sec), nanoseconds: UInt32(truncatingIfNeeded: time.tv_nsec))
  }
}
