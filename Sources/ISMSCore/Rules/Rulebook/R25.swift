extension RuleDescription {
  /// R25: Retention of audit records.
  static let ruleR25 = RuleDescription(
    id: "R25", title: "Retention of audit records",
    summary: "Audit packets, CB reports and nonconformity records are kept for two cycles.",
    source: "ISO/IEC 17021-1 9.9", ruleClass: .convention,
    reads: ["audit", "finding"],
    enforcement: [.notImplemented]
  )
}
