extension RuleDescription {
  /// T2: One answer per question.
  static let ruleT2 = RuleDescription(
    id: "T2", title: "One answer per question",
    summary: "No two approved answers share a question or alias (after normalisation), so a "
      + "questionnaire question finds one answer and the same one on every run.",
    source: "isms trust pack", ruleClass: .convention,
    reads: ["answer"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "Two answers claim the same question",
        path: "answers/ANS-002.md",
        find: "question: \"Do you encrypt customer data in transit?\"",
        replace: "question: \"Do you encrypt customer data at rest?\"")
    ]
  )
}
