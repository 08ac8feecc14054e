extension RuleDescription {
  /// S11: Sample items as drawn.
  static let ruleS11 = RuleDescription(
    id: "S11", title: "Sample items as drawn",
    summary:
      "A sample's items are the ones its seed draws from its population with SplitMix64 and a partial Fisher-Yates shuffle.",
    source: "AICPA audit sampling (reproducible selection)", ruleClass: .record,
    reads: ["sample"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An item of the sample was replaced by hand",
        path: "records/samples/SMP-001.md",
        find: "items: [\"",
        replace: "items: [\"2026-01\", \"")
    ]
  )
}
