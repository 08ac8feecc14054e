extension RuleDescription {
  /// S6: Evidence within its occurrence.
  static let ruleS6 = RuleDescription(
    id: "S6", title: "Evidence within its occurrence",
    summary:
      "An evidence record covers occurrences of its activity's cadence, within the days the activity operates, and is dated neither before the occurrence nor after today.",
    source: "SOC 2 (operating effectiveness over the period)", ruleClass: .derived,
    reads: ["evidence", "activity"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "Monthly evidence names a quarter",
        path: "records/evidence/EV-004.md",
        find: "covers: [\"2026-04\"]",
        replace: "covers: [\"2026-Q2\"]")
    ]
  )
}
