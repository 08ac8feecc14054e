extension RuleDescription {
  /// R36: Control of changes.
  static let ruleR36 = RuleDescription(
    id: "R36", title: "Control of changes",
    summary: "A content change raises the version; approved documents are retired, not deleted; "
      + "records are corrected by new records.",
    source: "ISO/IEC 27001 7.5.3", ruleClass: .requirement,
    reads: ["policy", "procedure", "plan", "records"],
    enforcement: [.command, .validate, .reviewPR],
    failing: [
      RuleExample(
        "A retired policy without a reason",
        path: "policies/acceptable-use.md",
        find: "status: approved",
        replace: "status: retired"),
      RuleExample(
        "A policy's text changed without a new version",
        path: "policies/information-security-policy.md",
        find: "runs a product-analytics platform",
        replace: "operates a product-analytics platform"),
    ]
  )
}
