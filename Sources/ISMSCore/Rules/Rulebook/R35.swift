extension RuleDescription {
  /// R35: Identification and approval.
  static let ruleR35 = RuleDescription(
    id: "R35", title: "Identification and approval",
    summary: "A controlled document carries id, title, version, owner, approver role and its "
      + "approval.",
    source: "ISO/IEC 27001 7.5.2", ruleClass: .requirement,
    reads: ["policy", "procedure", "plan"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A policy effective before its approval",
        path: "policies/information-security-policy.md",
        find: "effective: 2026-03-16",
        replace: "effective: 2026-03-01")
    ]
  )
}
