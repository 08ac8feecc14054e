import Foundation
import ISMSCore

extension ValidationIndex {
  /// The index stored in `directory` for `key`, or `nil` when there is none, or when it was
  /// written for another key (another build among them), format, or is damaged in any way
  /// (``decode(_:key:)``).
  public static func read(directory: String, key: Key) -> ValidationIndex? {
    CacheFolder(directory: directory).read(fileName(key)).flatMap { decode($0, key: key) }
  }

  /// Writes the index into `directory` (atomically), and removes the oldest other index files
  /// beyond ``filesKept``. Never throws: an index that cannot be written is simply not written.
  public func write(directory: String) {
    let folder = CacheFolder(directory: directory)
    let name = Self.fileName(key)
    guard folder.write(encoded(), to: name) else { return }
    folder.prune(prefix: Self.filePrefix, keeping: name, count: Self.filesKept)
  }
}

extension HistoryCache {
  /// The histories of `paths` as of `commit` below `root`, or `nil` when the folder holds no file
  /// for them (or only one for other paths, another format or build, or a damaged one).
  public static func read(
    directory: String, commit: String, root: String, paths: [String], build: String
  ) -> PathHistories? {
    CacheFolder(directory: directory).read(fileName(commit)).flatMap {
      decode($0, commit: commit, root: root, paths: paths, build: build)
    }
  }

  /// Writes `histories` (as of `commit` below `root`) into `directory` atomically, and removes the
  /// oldest other history files beyond ``filesKept``. Never throws: a file that cannot be written
  /// is simply not written.
  public static func write(
    _ histories: PathHistories, directory: String, commit: String, root: String, build: String
  ) {
    let folder = CacheFolder(directory: directory)
    let name = fileName(commit)
    guard folder.write(encode(histories, commit: commit, root: root, build: build), to: name) else { return }
    folder.prune(prefix: filePrefix, keeping: name, count: filesKept)
  }
}
