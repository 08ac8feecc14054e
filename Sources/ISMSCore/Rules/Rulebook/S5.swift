extension RuleDescription {
  /// S5: Control activity defined.
  static let ruleS5 = RuleDescription(
    id: "S5", title: "Control activity defined",
    summary:
      "An activity runs from its start to its end (if any) and operates only controls the Statement of Applicability includes.",
    source: "SOC 2 CC5.2, CC5.3; ISO/IEC 27001 6.1.3", ruleClass: .derived,
    reads: ["activity", "control"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An activity operates a control the SoA excludes",
        path: "activities/ACT-004.md",
        find: "controls: [A.8.8]",
        replace: "controls: [A.8.8, A.7.11]")
    ]
  )
}
