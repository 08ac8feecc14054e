import Foundation

/// Maps indices on every core, keeping results in index order, so parallel work gives the same
/// output as a sequential loop.
public enum ParallelMap {
  /// `transform(0..<count)` computed concurrently; `transform` must only read shared state.
  /// Indices are handed out `chunkSize` at a time: 1 for items that differ widely in cost (dispatch
  /// hands them out one by one), more for many cheap ones.
  public static func map<Output>(count: Int, chunkSize: Int = 1, _ transform: (Int) -> Output) -> [Output] {
    guard count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else {
      return (0..<count).map(transform)
    }
    return withoutActuallyEscaping(transform) { transform in
      let results = UnsafeMutableBufferPointer<Output?>.allocate(capacity: count)
      results.initialize(repeating: nil)
      defer {
        results.deinitialize()
        results.deallocate()
      }
      let shared = Shared(transform: transform, results: results)
      let chunk = max(1, chunkSize)
      DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { first in
        // Each index is written by exactly one worker into memory allocated once, and read only
        // after all have finished.
        for index in (first * chunk)..<min(count, (first + 1) * chunk) {
          shared.results[index] = shared.transform(index)
        }
      }
      return results.map { result in
        guard let result else { preconditionFailure("a parallel map left a result empty") }
        return result
      }
    }
  }

  // Workers only read `transform`'s captures and write distinct slots of `results`.
  private struct Shared<Output>: @unchecked Sendable {
    let transform: (Int) -> Output
    let results: UnsafeMutableBufferPointer<Output?>
  }
}
