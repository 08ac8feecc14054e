extension RuleDescription {
  /// R32: Remote audits.
  static let ruleR32 = RuleDescription(
    id: "R32", title: "Remote audits",
    summary: "Remote audit days are allowed when both parties agree; the mode is recorded.",
    source: "IAF MD 4", ruleClass: .convention,
    reads: ["audit"],
    enforcement: [.notImplemented]
  )
}
