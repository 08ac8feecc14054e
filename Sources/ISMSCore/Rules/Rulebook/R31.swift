extension RuleDescription {
  /// R31: Integrated audits.
  static let ruleR31 = RuleDescription(
    id: "R31", title: "Integrated audits",
    summary: "Audits against several standards compute time per standard.",
    source: "IAF MD 11", ruleClass: .convention,
    reads: ["audit"],
    enforcement: [.notImplemented]
  )
}
