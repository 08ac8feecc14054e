extension RuleDescription {
  /// V7: Data processing agreements.
  static let ruleV7 = RuleDescription(
    id: "V7", title: "Data processing agreements",
    summary: "A supplier whose `data` includes customer-data or personal-data (a subprocessor) names "
      + "its data processing agreement under `dpa`; a warning.",
    source: "GDPR Art. 28; ISO/IEC 27001 A.5.20, A.5.34 (derived)", ruleClass: .convention,
    reads: ["supplier"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A subprocessor without its DPA",
        path: "suppliers/SUP-005.md",
        find: "dpa: ",
        replace: "x-dpa: ")
    ],
    passing: [
      RuleExample(
        "A supplier without personal or customer data needs none",
        path: "suppliers/SUP-003.md",
        find: "data: [source-code, confidential]",
        replace: "data: [source-code]")
    ]
  )
}
