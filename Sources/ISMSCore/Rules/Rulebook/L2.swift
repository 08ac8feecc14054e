extension RuleDescription {
  /// L2: Risk links are entered once.
  static let ruleL2 = RuleDescription(
    id: "L2", title: "Risk links are entered once",
    summary: "A risk's `controls` is the source of which risks a control treats; a control's old "
      + "`risks` list that disagrees with it is warned about.",
    source: "isms relations", ruleClass: .convention,
    reads: ["control", "risk"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A control's old `risks` missing a risk whose `controls` names the control",
        path: "controls/A.5.19.md",
        find: "owner: kvogt\n",
        replace: "owner: kvogt\nrisks: []\n")
    ]
  )
}
