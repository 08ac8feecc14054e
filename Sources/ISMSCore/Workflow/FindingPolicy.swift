/// Due-date defaults and the soak period for findings (`findings` in `isms.yml`).
public struct FindingPolicy: Sendable, Hashable, Codable {
  /// Days from raising to the CB response for an external major (R52, default 90).
  public var majorDays = 90
  /// Days from raising to the plan for an external minor (R53, default 30).
  public var minorDays = 30
  /// Days to resolve an internal major (R55, default 30).
  public var internalMajorDays = 30
  /// Days to resolve an internal minor (R55, default 90).
  public var internalMinorDays = 90
  /// Minimum days between implementation and the effectiveness review (R55, default 30).
  public var soakDays = 30

  /// The rulebook defaults.
  public init() {}

  private enum CodingKeys: String, CodingKey {
    case majorDays = "major_days"
    case minorDays = "minor_days"
    case internalMajorDays = "internal_major_days"
    case internalMinorDays = "internal_minor_days"
    case soakDays = "soak_days"
  }

  /// The default `due` of a finding raised on `raisedOn`; `nil` for observations and OFIs,
  /// which need no response (R54).
  ///
  /// `hardLimit` is a deadline the CB convention cannot exceed (R52): 6 months after stage 2
  /// (R10) or the expiry at recertification (R16). The due date is never later than it.
  public func defaultDue(
    grade: FindingGrade, origin: FindingOrigin, raisedOn: Day, hardLimit: Day? = nil
  ) -> Day? {
    let days: Int
    switch (grade, origin) {
    case (.major, .external): days = majorDays
    case (.minor, .external): days = minorDays
    case (.major, .internal): days = internalMajorDays
    case (.minor, .internal): days = internalMinorDays
    case (.observation, _), (.ofi, _): return nil
    }
    let due = raisedOn.adding(days: days)
    guard let hardLimit else { return due }
    return min(due, hardLimit)
  }

  /// The rule that sets the deadline of a finding of this grade and origin.
  public static func dueRule(grade: FindingGrade, origin: FindingOrigin) -> String {
    switch (grade, origin) {
    case (.major, .external): return "R52"
    case (.minor, .external): return "R53"
    case (_, .internal): return "R55"
    default: return "R54"
    }
  }
}
