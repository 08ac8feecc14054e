extension RuleDescription {
  /// R19: Suspension and withdrawal.
  static let ruleR19 = RuleDescription(
    id: "R19", title: "Suspension and withdrawal",
    summary: "A suspension names its cause; past the CB's limit (6 months by default) it leads to "
      + "withdrawal or a reduced scope.",
    source: "ISO/IEC 17021-1 9.6.5", ruleClass: .certificationBody,
    reads: ["cycle"],
    enforcement: [.command, .shown]
  )
}
