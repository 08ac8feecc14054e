extension RuleDescription {
  /// R4: A full check-act loop before stage 2.
  static let ruleR4 = RuleDescription(
    id: "R4", title: "A full check-act loop before stage 2",
    summary: "Stage 2 starts only after at least one internal audit and one management review are "
      + "completed.",
    source: "ISO/IEC 17021-1 9.3.1.2.2 g; ISO/IEC 27001 9.2, 9.3", ruleClass: .derived,
    reads: ["cycle", "audit", "management-review"],
    enforcement: [.command]
  )
}
