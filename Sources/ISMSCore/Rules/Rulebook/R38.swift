extension RuleDescription {
  /// R38: Policies reviewed.
  static let ruleR38 = RuleDescription(
    id: "R38", title: "Policies reviewed",
    summary: "Policies are approved, published and reviewed at planned intervals (12 months by "
      + "convention).",
    source: "ISO/IEC 27001 A.5.1", ruleClass: .requirement,
    reads: ["policy"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A policy's next review more than 12 months after the last",
        path: "policies/information-security-policy.md",
        find: "next_review: 2027-03-09",
        replace: "next_review: 2027-09-09")
    ]
  )
}
