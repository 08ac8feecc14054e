import ISMSCore

/// `isms validate` with the samples of per-change activities checked against the change
/// population read from history now (S10, S11), which the validator cannot read itself.
enum ChangeSampleValidation {
  static func validate(context: ISMSContext, catalogs: Catalogs) throws -> ValidationReport {
    let snapshot = try context.snapshot()
    let loaded = ISMS.load(from: snapshot, bodies: .skipped)
    let report = Validator.validate(
      loaded: loaded, origin: snapshot.origin, catalogs: catalogs, today: context.today, reading: snapshot)
    let validator = Validator(isms: loaded.isms, catalogs: catalogs, today: context.today)
    guard validator.hasChangeSamples else { return report }
    let extra = try validator.changeSampleDiagnostics { period in
      try ChangePopulationReader.changes(context: context, sources: [], period: period)
    }
    return ValidationReport(
      origin: report.origin, documentCount: report.documentCount, diagnostics: report.diagnostics + extra)
  }
}
