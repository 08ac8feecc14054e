extension RuleDescription {
  /// R43: Objectives.
  static let ruleR43 = RuleDescription(
    id: "R43", title: "Objectives",
    summary: "Objectives are measurable, owned, dated, resourced and evaluated.",
    source: "ISO/IEC 27001 6.2", ruleClass: .requirement,
    reads: ["objective"],
    enforcement: [.notImplemented]
  )
}
