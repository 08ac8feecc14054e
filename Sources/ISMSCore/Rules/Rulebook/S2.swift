extension RuleDescription {
  /// S2: SOC 2 report dates.
  static let ruleS2 = RuleDescription(
    id: "S2", title: "SOC 2 report dates",
    summary: "A Type II scope has a period whose start is before its end; a Type I scope has the "
      + "date (as_of) the design is reported on.",
    source: "AICPA AT-C 205/320, SOC 2 guide", ruleClass: .derived,
    reads: ["isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A Type II period that ends before it starts",
        path: "isms.yml",
        find: "end: 2026-09-30",
        replace: "end: 2026-03-31")
    ]
  )
}
