extension RuleDescription {
  /// R28: Transition audit content.
  static let ruleR28 = RuleDescription(
    id: "R28", title: "Transition audit content",
    summary: "A transition audit covers the gap analysis, SoA, risk treatment plan and the new "
      + "controls' effectiveness.",
    source: "IAF MD 26", ruleClass: .certificationBody,
    reads: ["audit"],
    enforcement: [.notImplemented]
  )
}
