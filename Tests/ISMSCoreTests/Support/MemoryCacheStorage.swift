import Foundation
import ISMSCore

/// Cache files held in memory, for the caches' encoding and their rules on what is rewritten or
/// appended (GitStore's `CacheFolder` keeps them on disk).
final class MemoryCacheStorage: CacheStorage, @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String: Data] = [:]

  /// The files by name; tests damage them by setting them.
  var files: [String: Data] {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }

  func read(_ name: String) -> Data? { files[name] }

  func write(_ data: Data, to name: String) -> Bool {
    files[name] = data
    return true
  }

  /// The ranges of read files given back (``release(_:)``), in order: the indices of each slice.
  var released: [Range<Int>] {
    lock.withLock { releases }
  }
  private var releases: [Range<Int>] = []

  func release(_ data: Data) {
    lock.withLock { releases.append(data.startIndex..<data.endIndex) }
  }

  func append(_ data: Data, to name: String, header: Data) -> Bool {
    lock.withLock {
      guard let file = stored[name], file.starts(with: header) else { return false }
      stored[name] = file + data
      return true
    }
  }
}
