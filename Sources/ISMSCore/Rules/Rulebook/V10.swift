extension RuleDescription {
  /// V10: Supplier follows its reviews.
  static let ruleV10 = RuleDescription(
    id: "V10", title: "Supplier follows its reviews",
    summary: "A supplier's `last_review` is not earlier than its latest supplier review "
      + "(`isms supplier review` writes both in one commit); a warning.",
    source: "isms document reference", ruleClass: .record,
    reads: ["supplier", "supplier-review"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The supplier still shows the review before",
        path: "suppliers/SUP-003.md",
        find: "last_review: 2026-05-11",
        replace: "last_review: 2025-05-12")
    ],
    passing: [
      RuleExample(
        "A later review on the supplier",
        path: "suppliers/SUP-003.md",
        find: "last_review: 2026-05-11",
        replace: "last_review: 2026-05-12")
    ]
  )
}
