extension RuleDescription {
  /// schema: Front-matter schema.
  static let ruleSchema = RuleDescription(
    id: "schema", title: "Front-matter schema",
    summary: "Each document has its kind's required fields with valid values, and no unknown "
      + "fields.",
    source: "isms document reference", ruleClass: .record,
    reads: ["any"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A policy without a version",
        path: "policies/information-security-policy.md",
        find: "version: \"3.0\"\n",
        replace: "")
    ]
  )
}
