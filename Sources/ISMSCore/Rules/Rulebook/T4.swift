extension RuleDescription {
  /// T4: The trust pack is approved by management.
  static let ruleT4 = RuleDescription(
    id: "T4", title: "Trust pack approved by management",
    summary: "The person `trust.approved_by` in isms.yml names (who approved the customer trust "
      + "pack for publication) is in `people` and holds the ciso or top-management role.",
    source: "isms trust pack", ruleClass: .convention,
    reads: ["isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The trust pack approved by someone without the role",
        path: "isms.yml",
        find: "approved_by: shansen",
        replace: "approved_by: lwagner")
    ]
  )
}
