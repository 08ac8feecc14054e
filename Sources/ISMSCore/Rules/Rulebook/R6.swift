extension RuleDescription {
  /// R6: Findings are graded and stated.
  static let ruleR6 = RuleDescription(
    id: "R6", title: "Findings are graded and stated",
    summary: "Every external finding is graded major, minor, observation or OFI; a nonconformity "
      + "names its requirement and evidence.",
    source: "ISO/IEC 17021-1 3.12, 3.13, 9.4.5", ruleClass: .certificationBody,
    reads: ["finding", "audit"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A minor nonconformity without its evidence",
        path: "records/findings/NC-2025-003.md",
        find: "evidence:",
        replace: "evidence_notes:")
    ]
  )
}
