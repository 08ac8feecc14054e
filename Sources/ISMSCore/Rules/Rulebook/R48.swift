extension RuleDescription {
  /// R48: Internal audit.
  static let ruleR48 = RuleDescription(
    id: "R48", title: "Internal audit",
    summary: "Internal audits are led by an internal auditor independent of the audited areas, "
      + "reported to management, and held at least every 12 months (convention).",
    source: "ISO/IEC 27001 9.2", ruleClass: .requirement,
    reads: ["audit", "isms.yml"],
    enforcement: [.command, .validate],
    failing: [
      RuleExample(
        "An internal audit led by the ISMS manager, who is no internal auditor",
        path: "records/audits/AUD-2026-INT-01.md",
        find: "lead_auditor: pbecker",
        replace: "lead_auditor: amoreira")
    ]
  )
}
