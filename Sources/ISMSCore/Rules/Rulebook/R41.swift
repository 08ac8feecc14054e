extension RuleDescription {
  /// R41: Risk treatment and acceptance.
  static let ruleR41 = RuleDescription(
    id: "R41", title: "Risk treatment and acceptance",
    summary: "A risk above the acceptance threshold is treated or accepted by its owner; an "
      + "acceptance covers only the residual level assessed before it.",
    source: "ISO/IEC 27001 6.1.3, 8.3", ruleClass: .requirement,
    reads: ["risk", "isms.yml"],
    enforcement: [.validate, .reviewPR],
    failing: [
      RuleExample(
        "A residual level raised above the threshold, keeping the earlier acceptance",
        path: "risks/RISK-001.md",
        find: "residual_likelihood: 1",
        replace: "residual_likelihood: 2"),
      RuleExample(
        "A residual level above the threshold assessed after its acceptance",
        path: "risks/RISK-001.md",
        find: "residual_likelihood: 1\nresidual_impact: 5\naccepted_by: lwagner\naccepted_on: "
          + "2026-02-09\nassessed_on: 2026-01-19",
        replace: "residual_likelihood: 2\nresidual_impact: 5\naccepted_by: lwagner\naccepted_on: "
          + "2026-02-09\nassessed_on: 2026-03-01"),
    ]
  )
}
