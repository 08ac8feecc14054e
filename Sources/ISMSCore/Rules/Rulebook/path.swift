extension RuleDescription {
  /// path: Portable paths.
  static let rulePath = RuleDescription(
    id: "path", title: "Portable paths",
    summary: "File paths differ in more than case, so every checkout sees the same files.",
    source: "isms document reference", ruleClass: .record,
    reads: ["any"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "Two files whose paths differ only in case",
        path: "policies/Acceptable-Use.md",
        find: "",
        replace: "---\nid: POL-099\nkind: policy\ntitle: Copy\n---\n")
    ]
  )
}
