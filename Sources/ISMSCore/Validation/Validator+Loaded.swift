extension Validator {
  /// Validates an ISMS already loaded with ``ISMS/load(from:)``, so that callers that also need
  /// the model (`isms status`) parse every document once. When it was loaded without bodies,
  /// `snapshot` gives the text of the few approved documents the placeholder rule (I6) reads.
  public static func validate(
    loaded: ISMSLoadResult, origin: String, catalogs: Catalogs, today: Day, reading snapshot: Snapshot? = nil
  ) -> ValidationReport {
    var validator = Validator(isms: loaded.isms, catalogs: catalogs, today: today)
    validator.diagnostics = loaded.diagnostics
    validator.runRules()
    if let snapshot {
      validator.checkAttachments(in: snapshot)
      for document in loaded.isms.documents where holdsApprovedText(document) && document.body.isEmpty {
        guard let data = try? snapshot.contents(of: document.path),
          let text = try? MarkdownSplitter.decodeText(data)
        else { continue }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.dropFirst(max(document.bodyFirstLine - 1, 0)).joined(separator: "\n")
        if let diagnostic = placeholderDiagnostic(document, body: body) {
          validator.diagnostics.append(diagnostic)
        }
      }
    }
    return ValidationReport(
      origin: origin, documentCount: loaded.isms.documents.count, diagnostics: validator.diagnostics)
  }
}
