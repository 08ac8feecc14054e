extension RuleDescription {
  /// R50: Nonconformity and corrective action.
  static let ruleR50 = RuleDescription(
    id: "R50", title: "Nonconformity and corrective action",
    summary: "A nonconformity moves through correction, cause analysis, actions, implementation, "
      + "effectiveness review and closure, each recorded.",
    source: "ISO/IEC 27001 10.2", ruleClass: .requirement,
    reads: ["finding"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A nonconformity set to implemented without implementation evidence",
        path: "records/findings/NC-2026-003.md",
        find: "status: action_planned",
        replace: "status: implemented")
    ]
  )
}
