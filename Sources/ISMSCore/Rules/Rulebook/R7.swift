extension RuleDescription {
  /// R7: Response to each nonconformity.
  static let ruleR7 = RuleDescription(
    id: "R7", title: "Response to each nonconformity",
    summary: "The plan sent to the CB holds the correction, the cause analysis and the corrective "
      + "action.",
    source: "ISO/IEC 17021-1 9.4.9", ruleClass: .certificationBody,
    reads: ["finding"],
    enforcement: [.command]
  )
}
