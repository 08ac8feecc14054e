extension RuleDescription {
  /// R12: Surveillance frequency.
  static let ruleR12 = RuleDescription(
    id: "R12", title: "Surveillance frequency",
    summary: "The first surveillance is held within 12 months of the decision, and one in each "
      + "calendar year until recertification, unless the CB records a postponement.",
    source: "ISO/IEC 17021-1 9.1.3", ruleClass: .certificationBody,
    reads: ["cycle", "audit"],
    enforcement: [.validate, .shown],
    failing: [
      RuleExample(
        "The CB's postponement of surveillance 1 removed",
        path: "records/cycles/CYC-2025.md",
        find: "- rule: R12",
        replace: "- rule: R13")
    ]
  )
}
