extension RuleDescription {
  /// R33: Climate change in context.
  static let ruleR33 = RuleDescription(
    id: "R33", title: "Climate change in context",
    summary: "The context records whether climate change is a relevant issue, with a rationale.",
    source: "ISO/IEC 27001 4.1 (Amd 1:2024)", ruleClass: .requirement,
    reads: ["plan (context)"],
    enforcement: [.notImplemented]
  )
}
