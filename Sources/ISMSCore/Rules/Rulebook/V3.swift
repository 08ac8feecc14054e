extension RuleDescription {
  /// V3: Current assurance by criticality.
  static let ruleV3 = RuleDescription(
    id: "V3", title: "Current assurance by criticality",
    summary: "A critical supplier holds a current ISO/IEC 27001 certificate or SOC 2 report (an error "
      + "otherwise); a high one should (a warning); medium and low ones are not required to. A "
      + "certificate is current until it expires, a report until its period (extended by bridge "
      + "letters) ended more than suppliers.soc2_max_age_months ago.",
    source: "ISO/IEC 27001 A.5.19, A.5.22 (derived)", ruleClass: .derived,
    reads: ["supplier", "assurance", "isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The critical supplier's only certificate expired",
        path: "suppliers/assurance/ASR-006.md",
        find: "expires: 2027-08-21",
        replace: "expires: 2026-08-21")
    ],
    passing: [
      RuleExample(
        "A medium supplier without any assurance",
        path: "suppliers/SUP-010.md",
        find: "certifications:\n  soc2: { type: 2, period_start: 2025-04-01, period_end: 2026-03-31 }\n",
        replace: "")
    ]
  )
}
