extension RuleDescription {
  /// d1: Certification cycle workflow.
  static let ruleD1 = RuleDescription(
    id: "d1", title: "Certification cycle workflow",
    summary: "A cycle moves only by the events its state allows (preparing to certified and on), "
      + "one history entry each.",
    source: "rulebook d1", ruleClass: .record,
    reads: ["cycle"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "Stage 2 planned while stage 1 concerns were open",
        path: "records/cycles/CYC-2025.md",
        find: "event: address_concerns",
        replace: "event: plan_stage2")
    ]
  )
}
