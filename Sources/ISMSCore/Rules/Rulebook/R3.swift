extension RuleDescription {
  /// R3: Stage 1 to stage 2 interval.
  static let ruleR3 = RuleDescription(
    id: "R3", title: "Stage 1 to stage 2 interval",
    summary: "Stage 1 results age: warn after 90 days, and after 6 months stage 2 needs the CB's "
      + "confirmation or a new stage 1.",
    source: "ISO/IEC 17021-1 9.3.1.2.4", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.command, .shown]
  )
}
