extension RuleDescription {
  /// T3: Answers are reviewed.
  static let ruleT3 = RuleDescription(
    id: "T3", title: "Answers are reviewed",
    summary: "An approved questionnaire answer names who approved it and is reviewed within its "
      + "interval (`review_interval`, else 12 months) of `last_review`.",
    source: "isms trust pack", ruleClass: .convention,
    reads: ["answer"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An answer review overdue",
        path: "answers/ANS-001.md",
        find: "last_review: 2026-10-05",
        replace: "last_review: 2025-10-05")
    ]
  )
}
