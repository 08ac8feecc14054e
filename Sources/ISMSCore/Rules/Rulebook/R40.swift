extension RuleDescription {
  /// R40: Risk assessment.
  static let ruleR40 = RuleDescription(
    id: "R40", title: "Risk assessment",
    summary: "Each risk has an owner, likelihood, impact and level on the method's scales, and is "
      + "reassessed at planned intervals.",
    source: "ISO/IEC 27001 6.1.2, 8.2", ruleClass: .requirement,
    reads: ["risk", "isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An acceptance threshold beyond the method's scale",
        path: "isms.yml",
        find: "acceptance_threshold: 6",
        replace: "acceptance_threshold: 60")
    ]
  )
}
