extension RuleDescription {
  /// R21: Special audits.
  static let ruleR21 = RuleDescription(
    id: "R21", title: "Special audits",
    summary: "A certified cycle may have unscheduled audits (scope extensions, short notice); the "
      + "cycle's special_audit event records one, nothing is checked yet.",
    source: "ISO/IEC 17021-1 9.6.4", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.notImplemented]
  )
}
