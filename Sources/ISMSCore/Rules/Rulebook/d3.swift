extension RuleDescription {
  /// d3: Nonconformity workflow.
  static let ruleD3 = RuleDescription(
    id: "d3", title: "Nonconformity workflow",
    summary: "A finding moves only by the events its state, grade and origin allow, one history "
      + "entry each.",
    source: "rulebook d3", ruleClass: .record,
    reads: ["finding"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A finding implemented before it was contained",
        path: "records/findings/NC-2025-001.md",
        find: "event: contain",
        replace: "event: implement")
    ]
  )
}
