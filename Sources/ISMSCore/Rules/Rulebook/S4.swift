extension RuleDescription {
  /// S4: SOC 2 service auditor.
  static let ruleS4 = RuleDescription(
    id: "S4", title: "SOC 2 service auditor",
    summary: "The SOC 2 scope names the service auditor (the CPA firm) that the management "
      + "assertion and the packet are addressed to (warning).",
    source: "AICPA AT-C 205", ruleClass: .convention,
    reads: ["isms.yml"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "No service auditor",
        path: "isms.yml",
        find: "  service_auditor: \"Elbe Assurance Partners LLP\"\n",
        replace: "")
    ]
  )
}
