import Foundation
import ISMSCore

extension GitRepository {
  /// The folder of the front-matter cache: `<git dir>/isms-cache/v1`, always inside the git
  /// directory (never in the working tree), safe to delete. Every file in it is keyed by the
  /// build (``BuildIdentity``), so the folder's name never needs to change.
  public var frontMatterCacheDirectory: String { gitDirectory + "/isms-cache/v1" }

  /// Lets ``ISMS/load(from:)`` reuse parsed front-matter across runs for every snapshot of this
  /// repository (see ``FrontMatterCache``). Off unless asked for: the command line turns it on;
  /// `ISMS_CACHE=off` in the environment keeps it off.
  public func enableFrontMatterCache() {
    // getenv: ProcessInfo's environment copies every variable into a dictionary first.
    if let setting = getenv("ISMS_CACHE").map({ String(cString: $0).lowercased() }),
      ["off", "0", "no", "false"].contains(setting)
    {
      return
    }
    FrontMatterCacheRegistry.shared.enable(directory: frontMatterCacheDirectory)
  }

  /// The cache for snapshots of this repository, when enabled.
  var frontMatterCache: FrontMatterCache? {
    FrontMatterCacheRegistry.shared.caches(directory: frontMatterCacheDirectory)?.snapshots
  }

  /// The cache of document versions read from history (``FrontMatterCache/versionsFileName``),
  /// enabled with the front-matter cache.
  var versionCache: FrontMatterCache? {
    FrontMatterCacheRegistry.shared.caches(directory: frontMatterCacheDirectory)?.versions
  }
}

/// The caches of one git directory, shared by every snapshot and repository handle of a process.
final class FrontMatterCacheRegistry: @unchecked Sendable {
  /// The two caches of a directory; neither reads its file before it is used.
  struct Caches {
    /// Documents of snapshots (pruned to what recent runs used).
    let snapshots: FrontMatterCache
    /// Versions from history (every record kept, ``FrontMatterCache/keepsUnused``).
    let versions: FrontMatterCache
  }

  static let shared = FrontMatterCacheRegistry()
  private let lock = NSLock()
  private var enabled: [String: Caches] = [:]

  func enable(directory: String) {
    lock.lock()
    defer { lock.unlock() }
    if enabled[directory] == nil {
      enabled[directory] = Caches(
        snapshots: FrontMatterCache(storage: CacheFolder(directory: directory), build: BuildIdentity.current),
        versions: FrontMatterCache(
          storage: CacheFolder(directory: directory), name: FrontMatterCache.versionsFileName,
          keepsUnused: true, build: BuildIdentity.current))
    }
  }

  /// The caches of `directory`, when caching is enabled there.
  func caches(directory: String) -> Caches? {
    lock.lock()
    defer { lock.unlock() }
    return enabled[directory]
  }
}

extension GitTreeSnapshot: FrontMatterCacheProviding {}
extension WorkingTreeSnapshot: FrontMatterCacheProviding {}
