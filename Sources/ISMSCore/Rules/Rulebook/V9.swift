extension RuleDescription {
  /// V9: Supplier reviews complete.
  static let ruleV9 = RuleDescription(
    id: "V9", title: "Supplier reviews complete",
    summary: "A supplier review names a supplier, our approved questionnaire (a controlled document), "
      + "only that supplier's assurance records, the conditions of an approve-with-conditions "
      + "decision, and a next review after its date.",
    source: "ISO/IEC 27001 A.5.22 (derived)", ruleClass: .derived,
    reads: ["supplier-review", "supplier", "assurance", "plan"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "Conditions missing",
        path: "records/supplier-reviews/SRV-001.md",
        find: "conditions:",
        replace: "x-conditions:"),
      RuleExample(
        "Another supplier's report considered",
        path: "records/supplier-reviews/SRV-001.md",
        find: "assurance: [ASR-001, ASR-002]",
        replace: "assurance: [ASR-001, ASR-004]"),
    ],
    passing: [
      RuleExample(
        "An approval without conditions",
        path: "records/supplier-reviews/SRV-001.md",
        find: "decision: approve-with-conditions",
        replace: "decision: approve")
    ]
  )
}
