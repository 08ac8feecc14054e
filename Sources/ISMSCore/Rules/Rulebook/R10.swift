extension RuleDescription {
  /// R10: Six months for stage 2 majors.
  static let ruleR10 = RuleDescription(
    id: "R10", title: "Six months for stage 2 majors",
    summary: "A major not verified within 6 months after stage 2 ended requires a new stage 2.",
    source: "ISO/IEC 17021-1 9.5.3.2", ruleClass: .certificationBody,
    reads: ["cycle", "audit", "finding"],
    enforcement: [.command, .shown]
  )
}
