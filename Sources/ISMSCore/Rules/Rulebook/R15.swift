extension RuleDescription {
  /// R15: Recertification in time.
  static let ruleR15 = RuleDescription(
    id: "R15", title: "Recertification in time",
    summary: "The recertification audit is held before expiry, by convention at least 90 days "
      + "before.",
    source: "ISO/IEC 17021-1 9.6.3.1.1", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.command, .shown]
  )
}
