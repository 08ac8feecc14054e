/// An inclusive range of days, such as an audit's first and last day or an uncertified gap.
public struct DayRange: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The first day.
  public let start: Day
  /// The last day (inclusive); never before `start`.
  public let end: Day

  /// Creates a range; `end` is raised to `start` if it is earlier.
  public init(start: Day, end: Day? = nil) {
    self.start = start
    self.end = max(start, end ?? start)
  }

  /// Whether `day` lies in the range.
  public func contains(_ day: Day) -> Bool { start <= day && day <= end }

  /// `2026-03-01…2026-03-03`, or a single day.
  public var description: String { start == end ? "\(start)" : "\(start)…\(end)" }
}
