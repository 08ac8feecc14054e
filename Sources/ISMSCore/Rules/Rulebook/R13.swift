extension RuleDescription {
  /// R13: Baseline audit programme.
  static let ruleR13 = RuleDescription(
    id: "R13", title: "Baseline audit programme",
    summary: "A cycle has two surveillance audits before the recertification audit.",
    source: "ISO/IEC 17021-1 9.1.3", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.command]
  )
}
