extension RuleDescription {
  /// I3: History is append-only.
  static let ruleI3 = RuleDescription(
    id: "I3", title: "History is append-only",
    summary: "A change may append history entries but never rewrite or delete recorded ones, nor "
      + "delete a workflow record.",
    source: "isms record integrity", ruleClass: .record,
    reads: ["cycle", "audit", "finding"],
    enforcement: [.reviewPR],
    failing: [
      RuleExample(
        "A recorded history entry rewritten",
        path: "records/findings/NC-2025-001.md",
        find: "\"on\": 2025-04-22",
        replace: "\"on\": 2025-04-23")
    ]
  )
}
