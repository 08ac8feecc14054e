extension RuleDescription {
  /// R11: Certificate dates.
  static let ruleR11 = RuleDescription(
    id: "R11", title: "Certificate dates",
    summary: "A cycle runs at most three years from the certification decision; the certificate is "
      + "not dated before it.",
    source: "ISO/IEC 17021-1 9.1.3, 8.2.2", ruleClass: .certificationBody,
    reads: ["cycle"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "Expiry more than three years after the decision",
        path: "records/cycles/CYC-2025.md",
        find: "expiry: 2028-06-19",
        replace: "expiry: 2028-07-19")
    ]
  )
}
