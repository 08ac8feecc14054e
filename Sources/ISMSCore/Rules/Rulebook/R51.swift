extension RuleDescription {
  /// R51: Continual improvement.
  static let ruleR51 = RuleDescription(
    id: "R51", title: "Continual improvement",
    summary: "Management review decisions become tracked actions with owner and due date.",
    source: "ISO/IEC 27001 10.1", ruleClass: .requirement,
    reads: ["management-review"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A review decision reopened after its due date",
        path: "records/management-reviews/MR-2026-01.md",
        find: "due: 2026-03-31\n    status: done",
        replace: "due: 2026-03-31\n    status: open")
    ]
  )
}
