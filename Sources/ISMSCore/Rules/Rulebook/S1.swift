extension RuleDescription {
  /// S1: SOC 2 categories.
  static let ruleS1 = RuleDescription(
    id: "S1", title: "SOC 2 categories in scope",
    summary: "The SOC 2 scope names only trust services categories (security, availability, "
      + "confidentiality, processing-integrity, privacy); security is always in scope.",
    source: "AICPA TSC 2017", ruleClass: .derived,
    reads: ["isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A category that does not exist",
        path: "isms.yml",
        find: "categories: [security, availability, confidentiality]",
        replace: "categories: [security, availability, integrity]")
    ]
  )
}
