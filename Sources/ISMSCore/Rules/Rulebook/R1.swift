extension RuleDescription {
  /// R1: Two-stage initial audit.
  static let ruleR1 = RuleDescription(
    id: "R1", title: "Two-stage initial audit",
    summary: "An initial certification needs a reported stage 1 before stage 2, and both before a "
      + "decision (for cycles certified with their history in isms).",
    source: "ISO/IEC 17021-1 9.1.3, 9.3.1.1", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "Stage 1 recorded as a special audit: the certified cycle has no stage 1",
        path: "records/audits/AUD-2025-ST1.md",
        find: "type: stage1",
        replace: "type: special")
    ]
  )
}
