extension RuleDescription {
  /// R53: Minor nonconformity verification.
  static let ruleR53 = RuleDescription(
    id: "R53", title: "Minor nonconformity verification",
    summary: "An external minor is verified by the CB at a later external audit held after the "
      + "finding was raised.",
    source: "CB practice", ruleClass: .convention,
    reads: ["finding", "audit"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A CB minor 'verified at the next audit' naming an internal audit held before it "
          + "was raised",
        path: "records/findings/NC-2025-003.md",
        find: "implemented_on: 2025-07-07",
        replace: "implemented_on: 2025-07-07\nverified_at_audit: AUD-2025-INT-01")
    ]
  )
}
