/// How often a control activity operates, and how that maps to occurrences in a period.
///
/// Calendar cadences cut time into calendar units (days, ISO weeks from Monday, months, quarters,
/// half-years, years); every unit that overlaps the part of the period in which the activity runs is
/// one occurrence that needs evidence. `per-change` has no calendar: its occurrences are the changes
/// of the population (see ``ChangePopulation``), each one operated by its own review.
public enum Cadence: String, Sendable, Hashable, Codable, CaseIterable {
  /// Every day: `2026-04-01`.
  case daily
  /// Every ISO week, Monday to Sunday: `2026-W14`.
  case weekly
  /// Every calendar month: `2026-04`.
  case monthly
  /// Every calendar quarter: `2026-Q2`.
  case quarterly
  /// Every half-year: `2026-H1` (January-June), `2026-H2`.
  case semiannual
  /// Every calendar year: `2026`.
  case annual
  /// Every change, for example each pull request merged after an independent review.
  case perChange = "per-change"

  /// Whether occurrences come from the calendar (every cadence but `per-change`).
  public var isCalendar: Bool { self != .perChange }

  /// Days after an occurrence ends within which its evidence is still on time (`grace_days`
  /// overrides it per activity): a review of March is usually done in the first days of April.
  public var defaultGraceDays: Int {
    switch self {
    case .daily: 1
    case .weekly: 3
    case .monthly: 10
    case .quarterly, .semiannual, .annual: 30
    case .perChange: 0
    }
  }

  /// The occurrences that overlap `range`, in order; none for `per-change`.
  public func occurrences(overlapping range: DayRange) -> [Occurrence] {
    guard isCalendar, var occurrence = occurrence(containing: range.start) else { return [] }
    var result: [Occurrence] = []
    while occurrence.range.start <= range.end {
      result.append(occurrence)
      guard let next = self.occurrence(containing: occurrence.range.end.adding(days: 1)) else { break }
      occurrence = next
    }
    return result
  }

  /// The calendar occurrence that holds `day`; `nil` for `per-change`.
  public func occurrence(containing day: Day) -> Occurrence? {
    let year = day.year
    func months(_ first: Int, _ count: Int, _ label: String) -> Occurrence? {
      guard let start = Day(year: year, month: first, day: 1) else { return nil }
      return Occurrence(
        label: label, range: DayRange(start: start, end: start.adding(months: count).adding(days: -1)))
    }
    switch self {
    case .daily:
      return Occurrence(label: day.description, range: DayRange(start: day))
    case .weekly:
      // 1970-01-01 was a Thursday, so (days + 3) mod 7 counts days since Monday.
      let sinceMonday = ((day.daysSinceEpoch + 3) % 7 + 7) % 7
      let monday = day.adding(days: -sinceMonday)
      let thursday = monday.adding(days: 3)
      let firstThursday = Self.firstThursday(of: thursday.year)
      let week = firstThursday.days(until: thursday) / 7 + 1
      let label = "\(thursday.year)-W" + (week < 10 ? "0\(week)" : "\(week)")
      return Occurrence(label: label, range: DayRange(start: monday, end: monday.adding(days: 6)))
    case .monthly:
      let month = day.month < 10 ? "0\(day.month)" : "\(day.month)"
      return months(day.month, 1, "\(year)-\(month)")
    case .quarterly:
      let quarter = (day.month - 1) / 3
      return months(quarter * 3 + 1, 3, "\(year)-Q\(quarter + 1)")
    case .semiannual:
      let half = (day.month - 1) / 6
      return months(half * 6 + 1, 6, "\(year)-H\(half + 1)")
    case .annual:
      return months(1, 12, "\(year)")
    case .perChange:
      return nil
    }
  }

  /// The occurrence whose label is `label` (`2026-Q2` for a quarterly activity), `nil` when the
  /// label is not one of this cadence's.
  public func occurrence(labelled label: String) -> Occurrence? {
    guard isCalendar else { return nil }
    let probe: Day?
    switch self {
    case .daily: probe = Day(label)
    case .monthly: probe = Day(label + "-01")
    case .annual: probe = Day(label + "-01-01")
    case .quarterly, .semiannual:
      let parts = label.split(separator: "-", omittingEmptySubsequences: false)
      let letter: Character = self == .quarterly ? "Q" : "H"
      let count = self == .quarterly ? 4 : 2
      guard parts.count == 2, parts[1].count == 2, parts[1].first == letter,
        let index = Int(parts[1].dropFirst()), (1...count).contains(index), parts[0].count == 4,
        let year = Int(parts[0])
      else { return nil }
      probe = Day(year: year, month: (index - 1) * (12 / count) + 1, day: 1)
    case .weekly:
      let parts = label.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].count == 3,
        parts[1].first == "W", let week = Int(parts[1].dropFirst()), (1...53).contains(week)
      else { return nil }
      probe = Self.firstThursday(of: year).adding(days: 7 * (week - 1))
    case .perChange: probe = nil
    }
    guard let probe, let found = occurrence(containing: probe), found.label == label else { return nil }
    return found
  }

  /// An example label, for messages.
  public var exampleLabel: String {
    switch self {
    case .daily: "2026-04-01"
    case .weekly: "2026-W14"
    case .monthly: "2026-04"
    case .quarterly: "2026-Q2"
    case .semiannual: "2026-H1"
    case .annual: "2026"
    case .perChange: "a commit id"
    }
  }

  private static func firstThursday(of year: Int) -> Day {
    // January 4th is always in week 1 (ISO 8601); its week's Thursday is the year's first.
    let fourth = Day(year: year, month: 1, day: 4) ?? Day(daysSinceEpoch: 0)
    let sinceMonday = ((fourth.daysSinceEpoch + 3) % 7 + 7) % 7
    return fourth.adding(days: 3 - sinceMonday)
  }
}

/// One expected operation of a calendar activity: a labelled span of days.
public struct Occurrence: Sendable, Hashable, Codable {
  /// `2026-Q2`, `2026-04`, `2026-W14`, `2026-04-01`, `2026-H1`, `2026`, or a commit id.
  public let label: String
  /// The days the occurrence stands for.
  public let range: DayRange

  /// Creates an occurrence.
  public init(label: String, range: DayRange) {
    self.label = label
    self.range = range
  }
}
