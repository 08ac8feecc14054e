extension RuleDescription {
  /// R56: SOC 2 scope.
  static let ruleR56 = RuleDescription(
    id: "R56", title: "SOC 2 scope",
    summary: "Security is always in a SOC 2 scope; the other categories are optional.",
    source: "AICPA TSP 100", ruleClass: .requirement,
    reads: ["isms.yml"],
    enforcement: [.notImplemented]
  )
}
