extension RuleDescription {
  /// R8: CB verification of responses.
  static let ruleR8 = RuleDescription(
    id: "R8", title: "CB verification of responses",
    summary: "The CB's verification of an external nonconformity is recorded with its method and "
      + "date.",
    source: "ISO/IEC 17021-1 9.4.10", ruleClass: .certificationBody,
    reads: ["finding"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "An external minor marked verified with no CB verification method",
        path: "records/findings/NC-2025-003.md",
        find: "status: implemented",
        replace: "status: verified\nverified_on: 2025-12-09")
    ]
  )
}
