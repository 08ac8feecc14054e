import Foundation
import ISMSCore

extension GitRepository {
  /// The folder of the front-matter cache: `<git dir>/isms-cache/v1`, always inside the git
  /// directory (never in the working tree), safe to delete.
  public var frontMatterCacheDirectory: String { gitDirectory + "/isms-cache/v1" }

  /// Lets ``ISMS/load(from:)`` reuse parsed front-matter across runs for every snapshot of this
  /// repository (see ``FrontMatterCache``). Off unless asked for: the command line turns it on;
  /// `ISMS_CACHE=off` in the environment keeps it off.
  public func enableFrontMatterCache() {
    if let setting = ProcessInfo.processInfo.environment["ISMS_CACHE"]?.lowercased(),
      ["off", "0", "no", "false"].contains(setting)
    {
      return
    }
    FrontMatterCacheRegistry.shared.enable(directory: frontMatterCacheDirectory)
  }

  /// The cache for snapshots of this repository, when enabled.
  var frontMatterCache: FrontMatterCache? {
    FrontMatterCacheRegistry.shared.cache(directory: frontMatterCacheDirectory)
  }

  /// The cache of document versions read from history (``FrontMatterCache/versionsFileName``),
  /// enabled with the front-matter cache.
  var versionCache: FrontMatterCache? {
    FrontMatterCacheRegistry.shared.cache(
      directory: frontMatterCacheDirectory, name: FrontMatterCache.versionsFileName)
  }
}

/// One cache per git directory and process, shared by every snapshot and repository handle.
final class FrontMatterCacheRegistry: @unchecked Sendable {
  static let shared = FrontMatterCacheRegistry()
  private let lock = NSLock()
  private var caches: [String: FrontMatterCache] = [:]
  private var others: [String: FrontMatterCache] = [:]

  func enable(directory: String) {
    lock.lock()
    defer { lock.unlock() }
    if caches[directory] == nil { caches[directory] = FrontMatterCache(directory: directory) }
  }

  func cache(directory: String) -> FrontMatterCache? {
    lock.lock()
    defer { lock.unlock() }
    return caches[directory]
  }

  /// The cache in file `name` of `directory`, made on first use, when caching is enabled there;
  /// it keeps every record (``FrontMatterCache/keepsUnused``).
  func cache(directory: String, name: String) -> FrontMatterCache? {
    lock.lock()
    defer { lock.unlock() }
    guard caches[directory] != nil else { return nil }
    let key = directory + "/" + name
    if let cache = others[key] { return cache }
    let cache = FrontMatterCache(directory: directory, name: name, keepsUnused: true)
    others[key] = cache
    return cache
  }
}

extension GitTreeSnapshot: FrontMatterCacheProviding {}
extension WorkingTreeSnapshot: FrontMatterCacheProviding {}
