extension Validator {
  /// I6: an approved controlled document still holding template placeholder text (`TODO`,
  /// `TBD`) in its body. Runs when the bodies are loaded (`review pr`); `isms validate` loads
  /// without bodies and reads the few approved documents' text instead
  /// (``validate(loaded:origin:catalogs:today:reading:)``).
  mutating func checkPlaceholders() {
    for document in isms.documents where Self.holdsApprovedText(document) && !document.body.isEmpty {
      if let diagnostic = Self.placeholderDiagnostic(document, body: document.body) {
        diagnostics.append(diagnostic)
      }
    }
  }

  /// Whether `document` is a controlled document in force, whose body placeholders are warned about.
  static func holdsApprovedText(_ document: Document) -> Bool {
    document.kind.isControlled && document.controlled?.status == .approved
  }

  /// The I6 warning for `body` (which starts at the document's ``Document/bodyFirstLine``), naming
  /// the first line holding a placeholder; `nil` when there is none.
  static func placeholderDiagnostic(_ document: Document, body: String) -> Diagnostic? {
    var lines: [Int] = []
    for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let words = line.split { !$0.isLetter }
      if words.contains(where: { $0 == "TODO" || $0 == "TBD" }) {
        lines.append(document.bodyFirstLine + offset)
      }
    }
    guard let first = lines.first else { return nil }
    return Diagnostic(
      .warning, path: document.path, line: first,
      message: "approved document still holds placeholder text (TODO/TBD) on \(lines.count) line(s), first "
        + "on line \(first)",
      fix: "write the organization's own text in place of the template's placeholders", rule: "I6")
  }
}
