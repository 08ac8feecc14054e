extension RuleDescription {
  /// R55: Internal nonconformities.
  static let ruleR55 = RuleDescription(
    id: "R55", title: "Internal nonconformities",
    summary: "Internal nonconformities are reviewed for effectiveness by someone other than the "
      + "implementer, after a soak period (30 days by default).",
    source: "ISO/IEC 27001 10.2 d (practice)", ruleClass: .convention,
    reads: ["finding", "isms.yml"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "An internal nonconformity verified by its implementer",
        path: "records/findings/NC-2026-001.md",
        find: "verified_by: pbecker",
        replace: "verified_by: jlange")
    ]
  )
}
