extension RuleDescription {
  /// V6: CUECs met by our controls.
  static let ruleV6 = RuleDescription(
    id: "V6", title: "CUECs met by our controls",
    summary: "Every complementary user entity control of a supplier's latest SOC 2 report lists under "
      + "`controls` at least one of our Annex A controls that is applicable and implemented; the "
      + "error names the CUEC.",
    source: "AICPA SOC 2 practice; ISO/IEC 27001 A.5.23 (derived)", ruleClass: .derived,
    reads: ["assurance", "control"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A CUEC mapped to no control",
        path: "suppliers/assurance/ASR-001.md",
        find: "controls: [A.5.18]",
        replace: "controls: []"),
      RuleExample(
        "A CUEC's only control is excluded",
        path: "controls/A.5.18.md",
        find: "applicability: applicable",
        replace: "applicability: excluded\njustification: \"No longer needed\""),
    ],
    passing: [
      RuleExample(
        "A CUEC met by two controls",
        path: "suppliers/assurance/ASR-001.md",
        find: "controls: [A.5.18]",
        replace: "controls: [A.5.18, A.5.15]")
    ]
  )
}
