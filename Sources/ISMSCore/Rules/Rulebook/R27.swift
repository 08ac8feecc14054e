extension RuleDescription {
  /// R27: No new 2013 audits.
  static let ruleR27 = RuleDescription(
    id: "R27", title: "No new 2013 audits",
    summary: "No initial or recertification audit against the 2013 edition from 2024-05-01.",
    source: "IAF MD 26", ruleClass: .certificationBody,
    reads: ["audit"],
    enforcement: [.notImplemented]
  )
}
