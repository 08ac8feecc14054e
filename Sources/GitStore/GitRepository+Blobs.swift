import Foundation
import ISMSCore

extension GitRepository {
  /// The bytes of each blob (40 hexadecimal digits), in order, read on every core: each worker
  /// reads one run of `ids` through its own handle on this repository, since a libgit2 handle must
  /// not be used by two threads at once. The handles are opened for the call and closed after it,
  /// so that the objects libgit2 caches for them (up to 16 MiB of delta bases each) do not stay.
  /// - Throws: the error of the first blob (in `ids` order) that could not be read:
  ///   `GitError.invalidObjectID`, `.notFound`, libgit2 errors.
  public func contents(ofBlobs ids: [String]) throws -> [Data] {
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 64))
    let handles = try (0..<workers).map { _ in try GitRepository.discover(from: gitDirectory) }
    let size = (ids.count + workers - 1) / workers
    let runs = ParallelMap.map(count: workers) { worker in
      ids[min(ids.count, worker * size)..<min(ids.count, (worker + 1) * size)].map { id in
        Result { try handles[worker].contents(ofBlob: id) }
      }
    }
    return try runs.joined().map { try $0.get() }
  }
}
