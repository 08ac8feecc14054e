extension RuleDescription {
  /// R16: Recertification before expiry.
  static let ruleR16 = RuleDescription(
    id: "R16", title: "Recertification before expiry",
    summary: "Recertification majors are verified and the decision is taken before expiry; "
      + "validity is not extended.",
    source: "ISO/IEC 17021-1 9.6.3.2.2, 9.6.3.2.4", ruleClass: .certificationBody,
    reads: ["cycle", "finding"],
    enforcement: [.command, .shown]
  )
}
