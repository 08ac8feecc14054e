extension RuleDescription {
  /// R2: Stage 1 report content.
  static let ruleR2 = RuleDescription(
    id: "R2", title: "Stage 1 report content",
    summary: "A stage 1 report states its conclusions on readiness for stage 2 and lists the areas "
      + "of concern (possibly none).",
    source: "ISO/IEC 17021-1 9.3.1.2.2, 9.3.1.2.3", ruleClass: .certificationBody,
    reads: ["audit (stage1)", "cycle"],
    enforcement: [.command]
  )
}
