extension RuleDescription {
  /// d4: Document lifecycle.
  static let ruleD4 = RuleDescription(
    id: "d4", title: "Document lifecycle",
    summary: "A controlled document is draft, approved or retired; retired documents and final "
      + "records are read-only.",
    source: "rulebook d4", ruleClass: .record,
    reads: ["policy", "procedure", "plan", "records"],
    enforcement: [.command, .reviewPR],
    failing: [
      RuleExample(
        "A final management review edited in place",
        path: "records/management-reviews/MR-2026-01.md",
        find: "title: Management review 2026",
        replace: "title: Management review 2026 (revised)")
    ]
  )
}
