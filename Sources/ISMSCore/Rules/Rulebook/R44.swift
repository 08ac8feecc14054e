extension RuleDescription {
  /// R44: Planned changes.
  static let ruleR44 = RuleDescription(
    id: "R44", title: "Planned changes",
    summary: "Changes to scope, policy, SoA, risk criteria or roles come through a reviewed change "
      + "with rationale.",
    source: "ISO/IEC 27001 6.3, 8.1", ruleClass: .requirement,
    reads: ["any"],
    enforcement: [.notImplemented]
  )
}
