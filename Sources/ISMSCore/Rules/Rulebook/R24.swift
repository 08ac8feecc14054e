extension RuleDescription {
  /// R24: Certification decision.
  static let ruleR24 = RuleDescription(
    id: "R24", title: "Certification decision",
    summary: "The decision rests on the stored stage 2 (or recertification) report: it is dated "
      + "after that audit ended and not in the future.",
    source: "ISO/IEC 17021-1 9.5.3.1, 9.5.4", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "Decision dated before stage 2 ended",
        path: "records/cycles/CYC-2025.md",
        find: "decision_date: 2025-06-20",
        replace: "decision_date: 2025-05-20"),
      RuleExample(
        "Decision dated in the future",
        path: "records/cycles/CYC-2025.md",
        find: "decision_date: 2025-06-20",
        replace: "decision_date: 2026-12-20"),
    ]
  )
}
