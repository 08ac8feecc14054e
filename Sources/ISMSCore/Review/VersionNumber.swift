/// A controlled document's `MAJOR.MINOR` version, compared numerically (`2.10` > `2.9`).
public struct VersionNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The major part.
  public let major: Int
  /// The minor part.
  public let minor: Int

  /// Parses `MAJOR.MINOR`; `nil` for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]), major >= 0, minor >= 0,
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
    else { return nil }
    self.major = major
    self.minor = minor
  }

  /// `MAJOR.MINOR`.
  public var description: String { "\(major).\(minor)" }

  /// Whether `lhs` is an earlier version than `rhs`.
  public static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }
}
