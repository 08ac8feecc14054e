extension RuleDescription {
  /// R34: Mandatory documented information.
  static let ruleR34 = RuleDescription(
    id: "R34", title: "Mandatory documented information",
    summary: "Each mandatory document exists and is controlled; stage 2 audits an approved "
      + "security policy, SoA and risk treatment plan.",
    source: "ISO/IEC 27001 (clauses 4-10)", ruleClass: .requirement,
    reads: ["policy", "procedure", "plan", "control", "cycle"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "No document stands for the security policy",
        path: "policies/information-security-policy.md",
        find: "mandatory: security-policy",
        replace: "mandatory: []")
    ]
  )
}
