extension RuleDescription {
  /// S7: Missed occurrence.
  static let ruleS7 = RuleDescription(
    id: "S7", title: "Missed occurrence",
    summary:
      "Every occurrence of an activity since its start has evidence by the end of the occurrence plus its grace days; a miss is a warning, recorded as evidence with an exception.",
    source: "SOC 2 (operating effectiveness over the period)", ruleClass: .convention,
    reads: ["activity", "evidence"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The activity starts a month earlier, with no evidence for that month",
        path: "activities/ACT-004.md",
        find: "start: 2026-04-01",
        replace: "start: 2026-03-01")
    ]
  )
}
