extension RuleDescription {
  /// V2: Assurance files named and intact.
  static let ruleV2 = RuleDescription(
    id: "V2", title: "Assurance files named and intact",
    summary: "Each assurance record names its files: a path inside the ISMS with the SHA-256 of the "
      + "file as received (the file must be there with that hash), or a reference to where it is kept.",
    source: "ISO/IEC 27001 7.5.3 (derived)", ruleClass: .record,
    reads: ["assurance", "files they name"],
    enforcement: [.validate],
    failing: [
      RuleExample(
        "A file entry with neither path nor reference",
        path: "suppliers/assurance/ASR-002.md",
        find: "  - reference:",
        replace: "  - note:"),
      RuleExample(
        "A repository file without its SHA-256",
        path: "suppliers/assurance/ASR-001.md",
        find: "    sha256: ",
        replace: "    x-sha256: "),
    ],
    passing: [
      RuleExample(
        "A file kept outside the repository, referenced",
        path: "suppliers/assurance/ASR-002.md",
        find: "  - reference:",
        replace: "  - reference: \"Vendor vault entry 2291\"\n  - reference:")
    ]
  )
}
