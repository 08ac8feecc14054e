extension RuleDescription {
  /// V4: SOC 2 reports bridged.
  static let ruleV4 = RuleDescription(
    id: "V4", title: "SOC 2 reports bridged",
    summary: "A supplier's latest SOC 2 report whose period ended more than "
      + "suppliers.soc2_max_age_months (12) months ago needs a bridge letter that starts by the day "
      + "after the period and extends it to within that age; a warning.",
    source: "AICPA SOC 2 practice (convention)", ruleClass: .convention,
    reads: ["assurance", "supplier", "isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The bridge letter leaves a month uncovered",
        path: "suppliers/assurance/ASR-005.md",
        find: "period_start: 2025-10-01",
        replace: "period_start: 2025-11-01")
    ],
    passing: [
      RuleExample(
        "A new report for the stale one",
        path: "suppliers/assurance/ASR-007.md",
        find: "period_start: 2024-10-01\nperiod_end: 2025-09-30",
        replace: "period_start: 2025-10-01\nperiod_end: 2026-09-30")
    ]
  )
}
