extension RuleDescription {
  /// V8: One source of supplier assurance.
  static let ruleV8 = RuleDescription(
    id: "V8", title: "One source of supplier assurance",
    summary: "Once a supplier has assurance records, they are the source of truth and its legacy "
      + "`certifications:` map is removed; a warning while both are kept.",
    source: "isms document reference", ruleClass: .record,
    reads: ["supplier", "assurance"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A supplier with assurance records keeps `certifications:`",
        path: "suppliers/SUP-001.md",
        find: "last_review:",
        replace:
          "certifications:\n  iso27001: { certificate: \"AWS-ISMS-EX-2025-3318\", expires: 2027-11-07 }\nlast_review:"
      )
    ],
    passing: [
      RuleExample(
        "A supplier without assurance records keeps its map",
        path: "suppliers/SUP-008.md",
        find: "expires: 2028-01-31",
        replace: "expires: 2028-01-30")
    ]
  )
}
