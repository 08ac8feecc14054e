extension RuleDescription {
  /// I4: Decided records stay decided.
  static let ruleI4 = RuleDescription(
    id: "I4", title: "Decided records stay decided",
    summary: "A closed, void or escalated finding, a closed or cancelled audit, and a withdrawn or "
      + "lapsed cycle change only by a recorded reopening.",
    source: "isms record integrity", ruleClass: .record,
    reads: ["cycle", "audit", "finding"],
    enforcement: [.reviewPR],
    failing: [
      RuleExample(
        "A closed finding regraded without reopening it",
        path: "records/findings/NC-2025-001.md",
        find: "grade: minor",
        replace: "grade: observation")
    ]
  )
}
