/// How the certificate expiry is derived from the decision date D (R11: expiry ≤ D + 3 years).
public enum ExpiryConvention: String, Sendable, Hashable, Codable {
  /// D + 3 years − 1 day, as many CBs print (CONV; the default).
  case dayBeforeThirdAnniversary = "day_before_third_anniversary"
  /// D + 3 years, the maximum R11 allows.
  case thirdAnniversary = "third_anniversary"

  /// The expiry for a decision on `decision`.
  ///
  /// For a decision on 29 February the third anniversary falls in a common year. The day
  /// before it is then 28 February (the anniversary counted as 1 March), not 27 February
  /// (as clamping to 28 February and subtracting a day would give); either way the expiry
  /// stays ≤ D + 3 years with `Day`'s clamped arithmetic, as R11 requires.
  public func expiry(forDecisionOn decision: Day) -> Day {
    let clamped = decision.adding(years: 3)
    if self == .thirdAnniversary { return clamped }
    let shifted = decision.month == 2 && decision.day == 29 && clamped.day == 28
    return shifted ? clamped : clamped.adding(days: -1)
  }
}

/// The configurable thresholds of the cycle rules; the defaults are the rulebook's.
public struct CyclePolicy: Sendable, Hashable {
  /// Expiry convention for initial decisions (R11).
  public var expiryConvention: ExpiryConvention = .dayBeforeThirdAnniversary
  /// Warn when stage 2 starts more than this many days after stage 1 (R3, CONV 90).
  public var stage1WarnDays = 90
  /// Refuse stage 2 more than this many months after stage 1 without a CB confirmation (R3).
  public var stage1MaxMonths = 6
  /// Months after the last day of stage 2 to verify majors (R10).
  public var majorWindowMonths = 6
  /// Warn when a major's deadline is fewer than this many days away (d1 `major_window_closing`).
  public var majorWindowWarnDays = 14
  /// The recertification audit should start at least this many days before expiry (R15 CONV).
  public var recertLeadDays = 90
  /// Alarm when expiry is fewer than this many days away with no recertification audit (R15).
  public var recertWarnDays = 120
  /// Months after expiry during which the CB may restore (R18).
  public var restoreWindowMonths = 6
  /// The CB's suspension limit in months (R19 NOTE: normally ≤ 6).
  public var suspensionLimitMonths = 6
  /// Months from the anchor within which the first surveillance falls (R12).
  public var firstSurveillanceMonths = 12
  /// Days before a surveillance due date from which an unplanned surveillance is flagged.
  public var surveillanceWarnDays = 60

  /// The rulebook defaults.
  public init() {}
}
