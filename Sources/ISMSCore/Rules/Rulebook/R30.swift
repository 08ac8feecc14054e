extension RuleDescription {
  /// R30: Audit time.
  static let ruleR30 = RuleDescription(
    id: "R30", title: "Audit time",
    summary: "ISMS audit time comes from ISO/IEC 27006-1; isms stores only the inputs.",
    source: "ISO/IEC 27006-1 Annex; IAF MD 5", ruleClass: .convention,
    reads: ["isms.yml"],
    enforcement: [.notImplemented]
  )
}
