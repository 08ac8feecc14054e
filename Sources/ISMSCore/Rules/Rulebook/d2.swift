extension RuleDescription {
  /// d2: Audit workflow.
  static let ruleD2 = RuleDescription(
    id: "d2", title: "Audit workflow",
    summary: "An audit moves planned, scheduled, in progress, fieldwork done, reported, closed (or "
      + "cancelled), one history entry each.",
    source: "rulebook d2", ruleClass: .record,
    reads: ["audit"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "An audit reported before its fieldwork",
        path: "records/audits/AUD-2026-INT-01.md",
        find: "event: start",
        replace: "event: report")
    ]
  )
}
