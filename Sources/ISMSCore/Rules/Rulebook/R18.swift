extension RuleDescription {
  /// R18: Restoration after expiry.
  static let ruleR18 = RuleDescription(
    id: "R18", title: "Restoration after expiry",
    summary: "Within 6 months after expiry the CB may restore the certificate; the gap stays "
      + "uncertified.",
    source: "ISO/IEC 17021-1 9.6.3.2.5", ruleClass: .certificationBody,
    reads: ["cycle"],
    enforcement: [.command, .shown]
  )
}
