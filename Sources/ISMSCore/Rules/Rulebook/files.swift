extension RuleDescription {
  /// files: Every Markdown file is read or reported.
  static let ruleFiles = RuleDescription(
    id: "files", title: "Every Markdown file is read or reported",
    summary:
      "A Markdown file that cannot be read as a document (a name with control characters, a backslash or "
      + "bytes that are not UTF-8, an empty file, a symbolic link) is reported, never skipped silently; "
      + "packets stop on the errors among them.",
    source: "isms document reference", ruleClass: .record,
    reads: ["file names"],
    enforcement: [.validate]
  )
}
