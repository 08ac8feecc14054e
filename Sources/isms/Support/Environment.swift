import Foundation

/// Reads environment variables one at a time.
enum Environment {
  /// The value of the variable `name`, `nil` when it is unset.
  ///
  /// `getenv` rather than `ProcessInfo.processInfo.environment`, which copies the whole environment
  /// into a dictionary: half a millisecond on each run's first use, for one value.
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
