extension RuleDescription {
  /// I5: Segregation of duties.
  static let ruleI5 = RuleDescription(
    id: "I5", title: "Segregation of duties",
    summary: "Nobody approves content they wrote; an approval needs a holder of the role outside "
      + "the change's authors.",
    source: "ISO/IEC 27001 A.5.3 (practice)", ruleClass: .convention,
    reads: ["policy", "procedure", "plan", "isms.yml"],
    enforcement: [.command, .reviewPR]
  )
}
