extension RuleDescription {
  /// R20: Notify the CB of changes.
  static let ruleR20 = RuleDescription(
    id: "R20", title: "Notify the CB of changes",
    summary: "Changes to scope, sites, legal entity or SoA applicability are notified to the CB.",
    source: "ISO/IEC 17021-1 8.5.3", ruleClass: .certificationBody,
    reads: ["scope", "control"],
    enforcement: [.notImplemented]
  )
}
