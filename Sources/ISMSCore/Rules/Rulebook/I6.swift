extension RuleDescription {
  /// I6: No template placeholders in force.
  static let ruleI6 = RuleDescription(
    id: "I6", title: "No template placeholders in force",
    summary: "An approved document holding the template's TODO or TBD text is warned about, naming "
      + "the first line.",
    source: "isms record integrity", ruleClass: .record,
    reads: ["policy", "procedure", "plan"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The security policy still holding a template TODO line",
        path: "policies/information-security-policy.md",
        find: "# Information Security Policy\n",
        replace: "# Information Security Policy\n\nTODO: describe the organization.\n")
    ]
  )
}
