extension RuleDescription {
  /// yaml: Readable YAML.
  static let ruleYaml = RuleDescription(
    id: "yaml", title: "Readable YAML",
    summary: "Front-matter and isms.yml parse as YAML within the size limits.",
    source: "isms document reference", ruleClass: .record,
    reads: ["any"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A front-matter value that is not YAML",
        path: "policies/information-security-policy.md",
        find: "title: Information Security Policy",
        replace: "title: [Information Security Policy")
    ]
  )
}
