extension RuleDescription {
  /// S8: Occurrence due.
  static let ruleS8 = RuleDescription(
    id: "S8", title: "Occurrence due",
    summary: "An occurrence that has ended and whose grace days are still running has no evidence yet.",
    source: "SOC 2 (operating effectiveness over the period)", ruleClass: .convention,
    reads: ["activity", "evidence"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A daily activity started yesterday has no evidence",
        path: "activities/ACT-009.md",
        find: "",
        replace:
          "---\nid: ACT-009\nkind: activity\ntitle: Daily backup check\ncontrols: [A.8.13]\nowner: dpetersen\ncadence: daily\nstart: 2026-11-28\ndescription: The backup job's result is checked every morning.\n---\n"
      )
    ]
  )
}
