extension RuleDescription {
  /// R39: Roles.
  static let ruleR39 = RuleDescription(
    id: "R39", title: "Roles",
    summary: "Roles for ISMS conformance and for reporting performance to top management are "
      + "assigned.",
    source: "ISO/IEC 27001 5.3", ruleClass: .requirement,
    reads: ["isms.yml"],
    enforcement: [.notImplemented]
  )
}
