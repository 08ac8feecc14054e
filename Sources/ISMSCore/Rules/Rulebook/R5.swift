extension RuleDescription {
  /// R5: Stage 1 areas of concern are tracked.
  static let ruleR5 = RuleDescription(
    id: "R5", title: "Stage 1 areas of concern are tracked",
    summary: "Each stage 1 area of concern is addressed or accepted before stage 2 is planned.",
    source: "ISO/IEC 17021-1 9.3.1.2.3 (practice)", ruleClass: .derived,
    reads: ["audit (stage1)", "cycle"],
    enforcement: [.command]
  )
}
