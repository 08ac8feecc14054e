extension RuleDescription {
  /// R46: Operational control.
  static let ruleR46 = RuleDescription(
    id: "R46", title: "Operational control",
    summary: "Externally provided services relevant to the ISMS are controlled (suppliers assessed "
      + "and reviewed).",
    source: "ISO/IEC 27001 8.1", ruleClass: .requirement,
    reads: ["supplier"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A supplier review overdue",
        path: "suppliers/SUP-001.md",
        find: "next_review: 2027-03-16",
        replace: "next_review: 2026-03-16")
    ]
  )
}
