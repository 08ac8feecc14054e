import Foundation

/// A value computed on another thread while the caller does other work; ``value()`` waits for it.
///
/// For work that depends on nothing the caller does meanwhile (parsing the catalogs while git is
/// read): on a machine with a spare core its time leaves the wall-clock time of the command.
final class Background<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  // Written once by the worker before it signals `finished`; read only after waiting on it.
  private var result: Result<Value, any Error>?

  /// Starts `work` on a new thread.
  init(_ work: @escaping @Sendable () throws -> Value) {
    Thread.detachNewThread { [self] in
      result = Result(catching: work)
      finished.signal()
    }
  }

  /// The value `work` returned, once it has; rethrows what it threw.
  func value() throws -> Value {
    finished.wait()
    defer { finished.signal() }
    guard let result else { preconditionFailure("the worker signals only after storing its result") }
    return try result.get()
  }
}
