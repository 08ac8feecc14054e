import ISMSCore
import Testing

@Suite("Cadence → occurrences")
struct CadenceTests {
  static func day(_ text: String) -> Day { Day(text) ?? Day(daysSinceEpoch: 0) }
  static let period = DayRange(start: day("2026-04-01"), end: day("2026-09-30"))

  @Test func occurrencesInASixMonthPeriod() {
    #expect(Cadence.quarterly.occurrences(overlapping: Self.period).map(\.label) == ["2026-Q2", "2026-Q3"])
    #expect(
      Cadence.monthly.occurrences(overlapping: Self.period).map(\.label)
        == ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"])
    #expect(Cadence.semiannual.occurrences(overlapping: Self.period).map(\.label) == ["2026-H1", "2026-H2"])
    #expect(Cadence.annual.occurrences(overlapping: Self.period).map(\.label) == ["2026"])
    #expect(Cadence.daily.occurrences(overlapping: Self.period).count == 183)
    #expect(Cadence.perChange.occurrences(overlapping: Self.period).isEmpty)
    let weeks = Cadence.weekly.occurrences(overlapping: Self.period)
    // 2026-04-01 is a Wednesday of week 14; 2026-09-30 a Wednesday of week 40.
    #expect(weeks.first?.label == "2026-W14")
    #expect(weeks.first?.range.start == Self.day("2026-03-30"))
    #expect(weeks.last?.label == "2026-W40")
    #expect(weeks.count == 27)
  }

  @Test func isoWeeksAtTheTurnOfTheYear() {
    // 2026 begins on a Thursday, so it has 53 ISO weeks and 2027-01-01 lies in 2026-W53.
    #expect(Cadence.weekly.occurrence(containing: Self.day("2026-01-01"))?.label == "2026-W01")
    #expect(Cadence.weekly.occurrence(containing: Self.day("2025-12-29"))?.label == "2026-W01")
    #expect(Cadence.weekly.occurrence(containing: Self.day("2027-01-01"))?.label == "2026-W53")
    #expect(Cadence.weekly.occurrence(containing: Self.day("2027-01-04"))?.label == "2027-W01")
  }

  @Test(arguments: Cadence.allCases.filter(\.isCalendar))
  func labelsRoundTrip(cadence: Cadence) {
    for occurrence in cadence.occurrences(
      overlapping: DayRange(start: Self.day("2025-12-01"), end: Self.day("2027-02-01")))
    {
      #expect(cadence.occurrence(labelled: occurrence.label) == occurrence)
    }
    #expect(cadence.occurrence(labelled: "2026-Q5") == nil)
    #expect(cadence.occurrence(labelled: "nonsense") == nil)
  }
}
