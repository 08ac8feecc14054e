extension RuleDescription {
  /// T1: Answers rest on controls in place.
  static let ruleT1 = RuleDescription(
    id: "T1", title: "Answers rest on controls in place",
    summary: "Every control an approved questionnaire answer cites is applicable in the Statement of "
      + "Applicability: customers are never told a control supports an answer when it is excluded.",
    source: "isms trust pack", ruleClass: .convention,
    reads: ["answer", "control"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An answer cites an excluded control",
        path: "answers/ANS-011.md",
        find: "controls: [A.7.1, A.7.2]",
        replace: "controls: [A.7.1, A.7.11]")
    ]
  )
}
