extension RuleDescription {
  /// S3: SOC 2 Type II period length.
  static let ruleS3 = RuleDescription(
    id: "S3", title: "SOC 2 Type II period length",
    summary: "A Type II period usually runs 3 to 12 months: a shorter one gives the auditor too "
      + "few occurrences to test, a longer one is not accepted as one report (warning).",
    source: "AICPA practice", ruleClass: .convention,
    reads: ["isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A Type II period of one month",
        path: "isms.yml",
        find: "end: 2026-09-30",
        replace: "end: 2026-04-30")
    ]
  )
}
