extension RuleDescription {
  /// R29: Transfer between CBs.
  static let ruleR29 = RuleDescription(
    id: "R29", title: "Transfer between CBs",
    summary: "Only a valid, unsuspended certificate is transferred, after the accepting CB's "
      + "pre-transfer review; dates are kept.",
    source: "IAF MD 2", ruleClass: .certificationBody,
    reads: ["cycle"],
    enforcement: [.command]
  )
}
