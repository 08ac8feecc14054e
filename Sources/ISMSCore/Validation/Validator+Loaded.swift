extension Validator {
  /// Validates an ISMS already loaded with ``ISMS/load(from:)``, so that callers that also need
  /// the model (`isms status`) parse every document once.
  public static func validate(loaded: ISMSLoadResult, origin: String, catalogs: Catalogs, today: Day)
    -> ValidationReport
  {
    var validator = Validator(isms: loaded.isms, catalogs: catalogs, today: today)
    validator.diagnostics = loaded.diagnostics
    validator.runRules()
    return ValidationReport(origin: origin, documentCount: loaded.isms.documents.count, diagnostics: validator.diagnostics)
  }
}
