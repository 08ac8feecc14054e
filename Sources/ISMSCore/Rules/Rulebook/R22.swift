extension RuleDescription {
  /// R22: Certificate and SoA version.
  static let ruleR22 = RuleDescription(
    id: "R22", title: "Certificate and SoA version",
    summary: "The certificate refers to an SoA version; after certification the SoA changes only "
      + "with a new approved version.",
    source: "ISO/IEC 27006-1 8.2.2", ruleClass: .certificationBody,
    reads: ["cycle", "control", "plan (SoA)"],
    enforcement: [.reviewPR],
    failing: [
      RuleExample(
        "A control's implementation changed after certification without a new SoA version",
        path: "controls/A.5.1.md",
        find: "implementation: implemented",
        replace: "implementation: partial")
    ]
  )
}
