extension RuleDescription {
  /// I1: History in time order.
  static let ruleI1 = RuleDescription(
    id: "I1", title: "History in time order",
    summary: "Each history entry is dated on or after the entry above it.",
    source: "isms record integrity", ruleClass: .record,
    reads: ["cycle", "audit", "finding"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A history entry dated before the one above it",
        path: "records/findings/NC-2025-001.md",
        find: "\"on\": 2025-04-22",
        replace: "\"on\": 2025-03-01")
    ]
  )
}
