extension RuleDescription {
  /// R23: CB deviations.
  static let ruleR23 = RuleDescription(
    id: "R23", title: "CB deviations",
    summary: "A CB override names the rule, a justification and the CB's reference; it may move a "
      + "deadline.",
    source: "IAF ID 3", ruleClass: .certificationBody,
    reads: ["cycle"],
    enforcement: [.command]
  )
}
