extension RuleDescription {
  /// R49: Management review.
  static let ruleR49 = RuleDescription(
    id: "R49", title: "Management review",
    summary: "A final management review records every 9.3.2 input (no placeholders) with top "
      + "management present; one is held at least every 12 months (convention).",
    source: "ISO/IEC 27001 9.3", ruleClass: .requirement,
    reads: ["management-review", "isms.yml"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "A final management review without top management",
        path: "records/management-reviews/MR-2026-01.md",
        find: "attendees: [jkoenig, tbrandt, ",
        replace: "attendees: ["),
      RuleExample(
        "A 9.3.2 input of a final review written as TBD",
        path: "records/management-reviews/MR-2026-01.md",
        find: "interested_parties: >-\n",
        replace: "interested_parties: TBD\n  feedback: >-\n"),
    ]
  )
}
