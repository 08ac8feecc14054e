extension RuleDescription {
  /// R9: Decision guard on nonconformities.
  static let ruleR9 = RuleDescription(
    id: "R9", title: "Decision guard on nonconformities",
    summary: "Before the decision, every major is verified and every minor's plan is accepted by "
      + "the CB.",
    source: "ISO/IEC 17021-1 9.5.2", ruleClass: .certificationBody,
    reads: ["cycle", "finding"],
    enforcement: [.command]
  )
}
