extension RuleDescription {
  /// I6: No template placeholders in force.
  static let ruleI6 = RuleDescription(
    id: "I6", title: "No template placeholders in force",
    summary: "An approved document, the scope document or isms.yml's `scope` holding template text "
      + "(a TODO or TBD marker, or a placeholder sentence of `isms init`'s templates) is warned about, "
      + "naming the first line.",
    source: "isms record integrity", ruleClass: .record,
    reads: ["policy", "procedure", "plan", "isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The security policy still holding a template TODO line",
        path: "policies/information-security-policy.md",
        find: "# Information Security Policy\n",
        replace: "# Information Security Policy\n\nTODO: describe the organization.\n"),
      RuleExample(
        "The security policy still holding a placeholder sentence of the init template, without TODO",
        path: "policies/information-security-policy.md",
        find: "# Information Security Policy\n",
        replace:
          "# Information Security Policy\n\nOptionally name two or three high-level goals here, for example "
          + "\"no loss of customer\n"),
      RuleExample(
        "The scope statement in isms.yml left as the template wrote it",
        path: "isms.yml",
        find: "scope: >-\n",
        replace: "scope: >-\n  TODO: replace this placeholder with the scope statement of Nordlicht.\n"),
    ]
  )
}
