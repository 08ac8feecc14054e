extension RuleDescription {
  /// R17: New expiry on recertification.
  static let ruleR17 = RuleDescription(
    id: "R17", title: "New expiry on recertification",
    summary: "A recertification before expiry may continue from the old expiry, at most three "
      + "years further.",
    source: "ISO/IEC 17021-1 9.6.3.2.3", ruleClass: .certificationBody,
    reads: ["cycle"],
    enforcement: [.command]
  )
}
