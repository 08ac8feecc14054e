extension RuleDescription {
  /// R52: Major nonconformity deadline.
  static let ruleR52 = RuleDescription(
    id: "R52", title: "Major nonconformity deadline",
    summary: "An external major's response is due within the CB's deadline (90 days by default).",
    source: "CB practice", ruleClass: .convention,
    reads: ["finding", "cycle"],
    enforcement: [.command, .shown]
  )
}
