extension RuleDescription {
  /// S9: Attachment intact.
  static let ruleS9 = RuleDescription(
    id: "S9", title: "Attachment intact",
    summary: "Each attachment of an evidence record is a file of the ISMS whose SHA-256 is the one recorded.",
    source: "SOC 2 CC2.1 (relevant, quality information)", ruleClass: .record,
    reads: ["evidence"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "An attachment's recorded hash differs from the file's",
        path: "records/evidence/EV-001.md",
        find: "sha256: 69786ec5",
        replace: "sha256: 00786ec5")
    ]
  )
}
