import Foundation

extension GitRepository {
  /// The bytes of each blob (40 hexadecimal digits), in order, read on every core: each worker
  /// reads one run of the list through its own handle on this repository, since a libgit2 handle
  /// must not be used by two threads at once.
  /// - Throws: the error of the first blob (in `ids` order) that could not be read:
  ///   `GitError.invalidObjectID`, `.notFound`, libgit2 errors.
  public func contents(ofBlobs ids: [String]) throws -> [Data] {
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 64)
    guard workers > 1 else { return try ids.map { try contents(ofBlob: $0) } }
    let handles = Handles([self] + (try (1..<workers).map { _ in try GitRepository.discover(from: gitDirectory) }))
    let results = UnsafeMutableBufferPointer<Result<Data, any Error>?>.allocate(capacity: ids.count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    let slots = Slots(results)
    let size = (ids.count + workers - 1) / workers
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      // Each worker writes only its own run of slots, read after all have finished.
      for index in (worker * size)..<min(ids.count, (worker + 1) * size) {
        slots.buffer[index] = Result { try handles.list[worker].contents(ofBlob: ids[index]) }
      }
    }
    return try results.map { result in
      guard let result else { preconditionFailure("a parallel read left a blob unread") }
      return try result.get()
    }
  }
}

// Each handle is used by one worker only.
private struct Handles: @unchecked Sendable {
  let list: [GitRepository]
  init(_ list: [GitRepository]) { self.list = list }
}

// Workers write distinct slots of memory allocated once.
private struct Slots: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Result<Data, any Error>?>
  init(_ buffer: UnsafeMutableBufferPointer<Result<Data, any Error>?>) { self.buffer = buffer }
}
