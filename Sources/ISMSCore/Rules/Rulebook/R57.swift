extension RuleDescription {
  /// R57: SOC 2 report periods.
  static let ruleR57 = RuleDescription(
    id: "R57", title: "SOC 2 report periods",
    summary: "A Type II period runs 3 to 12 months, contiguous with the previous one.",
    source: "AICPA practice", ruleClass: .convention,
    reads: ["isms.yml"],
    enforcement: [.notImplemented]
  )
}
