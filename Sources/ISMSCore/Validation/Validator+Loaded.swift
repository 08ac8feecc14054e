extension Validator {
  /// Validates an ISMS already loaded with ``ISMS/load(from:)``, so that callers that also need
  /// the model (`isms status`) parse every document once. When it was loaded without bodies,
  /// `snapshot` gives the text of the few documents the body rules (I6, L3) read.
  public static func validate(
    loaded: ISMSLoadResult, origin: String, catalogs: Catalogs, today: Day, reading snapshot: Snapshot? = nil
  ) -> ValidationReport {
    var validator = Validator(isms: loaded.isms, catalogs: catalogs, today: today)
    validator.diagnostics = loaded.diagnostics
    validator.runRules()
    if let snapshot {
      validator.diagnostics += AssuranceFiles.diagnostics(loaded.isms, snapshot: snapshot)
      validator.checkAttachments(in: snapshot)
      validator.checkBodies(of: loaded.isms.documents.filter(readsBody), reading: snapshot)
    }
    return ValidationReport(
      origin: origin, documentCount: loaded.isms.documents.count, diagnostics: validator.diagnostics)
  }

  /// The ISMS-wide diagnostics (those on `isms.yml`, sorted) that
  /// ``validate(loaded:origin:catalogs:today:reading:)`` gives for `loaded` without bodies and
  /// `snapshot`, at a fraction of the cost: of the body rules only L3 reports there, so only the
  /// scope document's text is read, and the checks that only ever report on documents (I6 in
  /// bodies, the files records name) are left out.
  public static func wideDiagnostics(
    loaded: ISMSLoadResult, catalogs: Catalogs, today: Day, reading snapshot: Snapshot
  ) -> [Diagnostic] {
    var validator = Validator(isms: loaded.isms, catalogs: catalogs, today: today)
    validator.diagnostics = loaded.diagnostics
    validator.runRules()
    validator.checkBodies(of: loaded.isms.documents.filter(isScopeDocument), reading: snapshot)
    return ValidationReport(
      origin: loaded.isms.origin, documentCount: loaded.isms.documents.count,
      diagnostics: validator.diagnostics.filter { $0.path == ISMS.configPath }
    ).diagnostics
  }

  /// The body rules of `documents` loaded without bodies, each read from `snapshot` (a document
  /// that cannot be read is left to the load's own diagnostics).
  private mutating func checkBodies(of documents: [Document], reading snapshot: Snapshot) {
    for document in documents where document.body.isEmpty {
      guard let data = try? snapshot.contents(of: document.path),
        let text = try? MarkdownSplitter.decodeText(data)
      else { continue }
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      checkBody(
        of: document, body: lines.dropFirst(max(document.bodyFirstLine - 1, 0)).joined(separator: "\n"))
    }
  }
}
