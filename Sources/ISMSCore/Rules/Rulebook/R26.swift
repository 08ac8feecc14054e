extension RuleDescription {
  /// R26: End of 2013 certificates.
  static let ruleR26 = RuleDescription(
    id: "R26", title: "End of 2013 certificates",
    summary: "No ISO/IEC 27001:2013 certificate is valid after 2025-10-31.",
    source: "IAF MD 26", ruleClass: .certificationBody,
    reads: ["isms.yml", "cycle"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The ISMS still certified against the 2013 edition",
        path: "isms.yml",
        find: "framework: iso27001:2022",
        replace: "framework: iso27001:2013")
    ]
  )
}
