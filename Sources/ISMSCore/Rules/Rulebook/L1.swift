extension RuleDescription {
  /// L1: Document links are entered once.
  static let ruleL1 = RuleDescription(
    id: "L1", title: "Document links are entered once",
    summary: "A document's `controls` is the source of which documents implement a control; a "
      + "control's old `policies` list that disagrees with it is warned about.",
    source: "isms relations", ruleClass: .convention,
    reads: ["control", "policy", "procedure", "plan"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A control's old `policies` naming a policy that does not list the control",
        path: "controls/A.5.2.md",
        find: "owner: amoreira\n",
        replace: "owner: amoreira\npolicies: [POL-001, POL-003]\n")
    ],
    passing: [
      RuleExample(
        "A control's old `policies` agreeing with the documents' `controls`",
        path: "controls/A.5.2.md",
        find: "owner: amoreira\n",
        replace: "owner: amoreira\npolicies: [PLN-009, POL-001]\n")
    ]
  )
}
