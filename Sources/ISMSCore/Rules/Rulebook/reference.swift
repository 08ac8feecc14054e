extension RuleDescription {
  /// reference: References resolve.
  static let ruleReference = RuleDescription(
    id: "reference", title: "References resolve",
    summary: "Ids named in documents (people, documents, controls, clauses) exist.",
    source: "isms document reference", ruleClass: .record,
    reads: ["any"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A policy owned by nobody in isms.yml",
        path: "policies/information-security-policy.md",
        find: "owner: shansen",
        replace: "owner: nobody")
    ]
  )
}
