extension RuleDescription {
  /// L3: One scope statement.
  static let ruleL3 = RuleDescription(
    id: "L3", title: "One scope statement",
    summary: "`scope` in isms.yml and the first paragraph of the scope document's scope statement "
      + "section say the same words (white space and `>` quote markers aside).",
    source: "ISO/IEC 27001 4.3", ruleClass: .convention,
    reads: ["isms.yml", "plan"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "The scope document's statement edited without isms.yml",
        path: "scope.md",
        find: "> the Statement of Applicability version 3.0.",
        replace: "> the Statement of Applicability version 2.0.")
    ],
    passing: [
      RuleExample(
        "The scope document's statement wrapped differently",
        path: "scope.md",
        find: "> the Statement of Applicability version 3.0.",
        replace: ">   the Statement of\n> Applicability version 3.0.")
    ]
  )
}
