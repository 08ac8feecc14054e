extension RuleDescription {
  /// V5: Adverse assurance assessed.
  static let ruleV5 = RuleDescription(
    id: "V5", title: "Adverse assurance assessed",
    summary: "An expired latest certificate, a qualified, adverse or disclaimed opinion, or an "
      + "exception noted in a supplier's report needs a supplier review that lists the record under "
      + "`assurance`; an error for critical suppliers, a warning for the others.",
    source: "ISO/IEC 27001 A.5.22 (derived)", ruleClass: .derived,
    reads: ["assurance", "supplier-review", "supplier"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An exception in a critical supplier's report nobody assessed",
        path: "suppliers/assurance/ASR-007.md",
        find: "exceptions: []",
        replace: "exceptions: [\"Two terminated users kept access for 12 days\"]")
    ],
    passing: [
      RuleExample(
        "A second exception in a report the supplier review assessed",
        path: "suppliers/assurance/ASR-001.md",
        find: "exceptions:\n",
        replace: "exceptions:\n  - \"A second exception, assessed in SRV-001\"\n")
    ]
  )
}
