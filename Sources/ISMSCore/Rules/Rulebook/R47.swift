extension RuleDescription {
  /// R47: Monitoring and measurement.
  static let ruleR47 = RuleDescription(
    id: "R47", title: "Monitoring and measurement",
    summary: "Each metric states what, how, when and by whom, with results for each period.",
    source: "ISO/IEC 27001 9.1", ruleClass: .requirement,
    reads: ["metric"],
    enforcement: [.notImplemented]
  )
}
