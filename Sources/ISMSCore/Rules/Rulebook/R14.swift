extension RuleDescription {
  /// R14: Surveillance coverage.
  static let ruleR14 = RuleDescription(
    id: "R14", title: "Surveillance coverage",
    summary: "A surveillance report covers internal audits and management review, earlier "
      + "nonconformities, complaints, objectives, improvement, operational control, changes "
      + "and use of marks.",
    source: "ISO/IEC 17021-1 9.6.2.2", ruleClass: .certificationBody,
    reads: ["audit (surveillance)"],
    enforcement: [.command]
  )
}
