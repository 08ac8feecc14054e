extension Validator {
  /// I6: template text (a `TODO`/`TBD` marker or a placeholder sentence of `isms init`'s templates,
  /// ``TemplatePhrases``) in an approved controlled document, in the scope document whatever its
  /// status, or in `scope:` of `isms.yml`; L3: `scope:` and the scope document's scope statement
  /// say the same. The body checks run here when the bodies are loaded (`review pr`); `isms
  /// validate` loads without bodies and reads the few documents' text instead
  /// (``validate(loaded:origin:catalogs:today:reading:)``).
  mutating func checkPlaceholders() {
    if let scope = isms.config?.scope, catalogs.templatePhrases.holdsPlaceholder(scope) {
      reportISMS(
        .warning, field: "scope", "`scope` still holds template text from `isms init`",
        fix: "write the organization's scope statement with `isms scope set --statement \"…\"`", rule: "I6")
    }
    for document in isms.documents where Self.readsBody(document) && !document.body.isEmpty {
      checkBody(of: document, body: document.body)
    }
  }

  /// Whether the body rules read `document`'s text: a controlled document in force, or the scope
  /// document.
  static func readsBody(_ document: Document) -> Bool {
    holdsApprovedText(document) || isScopeDocument(document)
  }

  /// Whether `document` is a controlled document in force, whose body placeholders are warned about.
  static func holdsApprovedText(_ document: Document) -> Bool {
    document.kind.isControlled && document.controlled?.status == .approved
  }

  /// Whether `document` is the scope document (`mandatory: scope`, not retired).
  static func isScopeDocument(_ document: Document) -> Bool {
    guard let controlled = document.controlled else { return false }
    return controlled.mandatory.contains(.scope) && controlled.status != .retired
  }

  /// The body rules of `document`, whose `body` starts at its ``Document/bodyFirstLine``.
  mutating func checkBody(of document: Document, body: String) {
    if let diagnostic = placeholderDiagnostic(document, body: body) { diagnostics.append(diagnostic) }
    if Self.isScopeDocument(document) { checkScopeAgreement(document, body: body) }
  }

  /// The I6 warning for `body`, naming the first line holding template text; `nil` when there is none.
  func placeholderDiagnostic(_ document: Document, body: String) -> Diagnostic? {
    let lines = catalogs.templatePhrases.lines(in: body).map { document.bodyFirstLine + $0 }
    guard let first = lines.first else { return nil }
    let what = Self.holdsApprovedText(document) ? "approved document" : "the scope document"
    return Diagnostic(
      .warning, path: document.path, line: first,
      message: "\(what) still holds template text (a TODO/TBD marker or a placeholder sentence of "
        + "`isms init`) on \(lines.count) line(s), first on line \(first)",
      fix: "write the organization's own text in place of the template's placeholders", rule: "I6")
  }

  /// L3: the scope statement section of the scope document says what `scope:` of `isms.yml` says.
  /// Template text on either side is I6's to report.
  private mutating func checkScopeAgreement(_ document: Document, body: String) {
    guard let scope = isms.config?.scope, let section = ScopeStatement.section(inBody: body) else { return }
    let phrases = catalogs.templatePhrases
    guard !ScopeStatement.agrees(section: section.text, scope: scope), !phrases.holdsPlaceholder(scope),
      phrases.lines(in: section.text).isEmpty
    else { return }
    let line = document.bodyFirstLine + section.line
    reportISMS(
      .warning, field: "scope",
      "`scope` in isms.yml and the scope statement of \(document.path) (line \(line)) say different things",
      fix: "write one statement into both with `isms scope set --statement \"…\"`", rule: "L3")
  }
}
