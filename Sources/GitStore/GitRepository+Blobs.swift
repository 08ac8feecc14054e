import Clibgit2
import Foundation
import ISMSCore

extension GitRepository {
  /// The bytes of each blob (40 hexadecimal digits), in order, read on every core in the order
  /// the blobs lie in their packs (see ``packOrder(of:)``): each worker reads one run of that
  /// order through its own handle on this repository, since a libgit2 handle must not be used by
  /// two threads at once.
  /// - Throws: the error of the first blob (in `ids` order) that could not be read:
  ///   `GitError.invalidObjectID`, `.notFound`, libgit2 errors.
  public func contents(ofBlobs ids: [String]) throws -> [Data] {
    try contents(ofBlobs: ids, readingIn: packOrder(of: ids))
  }

  /// The bytes of each blob, in the order of `ids`, read in `order` (a permutation of the
  /// positions of `ids`), for callers that put the ids in pack order already.
  func contents(ofBlobs ids: [String], readingIn order: [Int]) throws -> [Data] {
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 64))
    let handles = [self] + (try (1..<workers).map { _ in try GitRepository.discover(from: gitDirectory) })
    let size = (ids.count + workers - 1) / workers
    let runs = ParallelMap.map(count: workers) { worker in
      order[min(ids.count, worker * size)..<min(ids.count, (worker + 1) * size)].map { index in
        Result { try handles[worker].contents(ofBlob: ids[index]) }
      }
    }
    var results = [Result<Data, any Error>](repeating: .success(Data()), count: ids.count)
    for (index, result) in zip(order, runs.joined()) { results[index] = result }
    return try results.map { try $0.get() }
  }

  /// The positions of `ids` (blob or other object ids) in the order the objects are cheapest to
  /// read in: by pack and offset, as the pack indexes of the repository's object folder give
  /// them (see `PackOrder`), then the others in the order given.
  func packOrder(of ids: [String]) -> [Int] {
    var objects = git_buf()
    defer { git_buf_dispose(&objects) }
    guard ids.count > 1, git_repository_item_path(&objects, pointer, GIT_REPOSITORY_ITEM_OBJECTS) == 0 else {
      return Array(ids.indices)
    }
    return PackOrder(
      packFolder: URL(fileURLWithPath: swiftString(objects.ptr)).appendingPathComponent("pack").path
    )
    .order(of: ids)
  }
}
