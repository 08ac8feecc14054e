extension RuleDescription {
  /// R42: Statement of Applicability.
  static let ruleR42 = RuleDescription(
    id: "R42", title: "Statement of Applicability",
    summary: "Every Annex A control is decided with a justification; treating controls are "
      + "applicable.",
    source: "ISO/IEC 27001 6.1.3 d", ruleClass: .requirement,
    reads: ["control", "risk"],
    enforcement: [.validate, .reviewPR],
    failing: [
      RuleExample(
        "A treating control excluded from the SoA",
        path: "controls/A.8.3.md",
        find: "applicability: applicable",
        replace: "applicability: excluded")
    ]
  )
}
