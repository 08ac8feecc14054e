extension RuleDescription {
  /// id: Unique ids.
  static let ruleId = RuleDescription(
    id: "id", title: "Unique ids",
    summary: "Each document id is unique, whatever its case.",
    source: "isms document reference", ruleClass: .record,
    reads: ["any"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "Two policies with the same id",
        path: "policies/acceptable-use.md",
        find: "id: POL-002",
        replace: "id: POL-001")
    ]
  )
}
