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
      for document in loaded.isms.documents where readsBody(document) && document.body.isEmpty {
        guard let data = try? snapshot.contents(of: document.path),
          let text = try? MarkdownSplitter.decodeText(data)
        else { continue }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        validator.checkBody(
          of: document, body: lines.dropFirst(max(document.bodyFirstLine - 1, 0)).joined(separator: "\n"))
      }
    }
    return ValidationReport(
      origin: origin, documentCount: loaded.isms.documents.count, diagnostics: validator.diagnostics)
  }
}
