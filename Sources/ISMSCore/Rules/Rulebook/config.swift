extension RuleDescription {
  /// config: isms.yml.
  static let ruleConfig = RuleDescription(
    id: "config", title: "isms.yml",
    summary: "isms.yml exists and describes the organization, people, roles and risk method.",
    source: "isms document reference", ruleClass: .record,
    reads: ["isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "Two people with the same id in isms.yml",
        path: "isms.yml",
        find: "- id: tbrandt",
        replace: "- id: jkoenig")
    ]
  )
}
