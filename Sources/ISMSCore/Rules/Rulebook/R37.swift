extension RuleDescription {
  /// R37: Security policy by top management.
  static let ruleR37 = RuleDescription(
    id: "R37", title: "Security policy by top management",
    summary: "The information security policy is approved by top management.",
    source: "ISO/IEC 27001 5.2", ruleClass: .requirement,
    reads: ["policy", "isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The security policy's approver role set to the CISO",
        path: "policies/information-security-policy.md",
        find: "approver_role: top-management",
        replace: "approver_role: ciso")
    ]
  )
}
