extension RuleDescription {
  /// I2: Status follows history.
  static let ruleI2 = RuleDescription(
    id: "I2", title: "Status follows history",
    summary: "A workflow record's status is the state its history leads to (a status changed "
      + "without a recorded transition); a record without history, as imported, is judged by "
      + "its content.",
    source: "isms record integrity", ruleClass: .record,
    reads: ["cycle", "audit", "finding"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A finding's status changed by hand from action_planned to closed",
        path: "records/findings/NC-2026-003.md",
        find: "status: action_planned",
        replace: "status: closed")
    ]
  )
}
