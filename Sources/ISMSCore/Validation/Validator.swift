/// Checks a whole ISMS against the document reference and the rulebook, reporting every problem.
public struct Validator {
  /// The model checked.
  public let isms: ISMS
  /// The reference catalogs.
  public let catalogs: Catalogs
  /// The day overdue reviews are counted against.
  public let today: Day
  /// The control links of ``isms``, derived once.
  let relations: ControlRelations
  /// The problems found so far.
  var diagnostics: [Diagnostic] = []
  /// Paths of files that exist but could not be read as documents (their own errors say why),
  /// for rules that would otherwise call them missing; set when only some files were loaded.
  public var unreadablePaths: Set<String> = []

  /// Creates a validator for an already loaded model.
  public init(isms: ISMS, catalogs: Catalogs, today: Day) {
    self.isms = isms
    self.catalogs = catalogs
    self.today = today
    relations = ControlRelations(isms: isms)
  }

  /// Loads `snapshot` and validates it: read, YAML, schema and rule problems in one report.
  public static func validate(snapshot: Snapshot, catalogs: Catalogs, today: Day) -> ValidationReport {
    validate(
      loaded: ISMS.load(from: snapshot, bodies: .skipped), origin: snapshot.origin, catalogs: catalogs,
      today: today, reading: snapshot)
  }

  /// The rule problems of the model alone (no read or schema problems).
  public func ruleDiagnostics() -> [Diagnostic] {
    var copy = self
    copy.diagnostics = []
    copy.runRules()
    return copy.diagnostics.sorted()
  }

  /// Runs every rule over the model, appending to ``diagnostics``.
  mutating func runRules() {
    checkConfig()
    checkIDs()
    checkPathCase()
    checkReferences()
    checkControlledDocuments()
    checkMandatoryDocuments()
    checkStatementOfApplicability()
    checkRelations()
    checkRisks()
    checkSuppliers()
    checkSupplierAssurance()
    checkSupplierReviews()
    checkRecords()
    checkAudits()
    checkFindings()
    checkCycles()
    checkHistories()
    checkFindingStates()
    checkCycleStates()
    checkActivity()
    checkOperation()
    checkRiskAcceptance()
    checkPlaceholders()
    checkAnswers()
  }

  // MARK: Helpers shared by the rule files

  /// The framework the ISMS is built against (2022 when unset).
  var framework: Framework { isms.config?.framework ?? .iso27001_2022 }

  /// The SoA entries by control id (first file wins).
  var soa: [String: (Document, SoAEntry)] {
    var result: [String: (Document, SoAEntry)] = [:]
    for document in isms.documents(of: .control) {
      if let entry = document.soaEntry, result[document.id] == nil { result[document.id] = (document, entry) }
    }
    return result
  }

  /// Appends a problem found in `document` at `field` (its line when present).
  mutating func report(
    _ severity: Severity, _ document: Document, field: String?, _ message: String, fix: String, rule: String
  ) {
    let top = field.map { String($0.prefix { $0 != "." && $0 != "[" }) }
    let line = top.flatMap { document.line(of: $0) } ?? 1
    diagnostics.append(
      Diagnostic(
        severity, path: document.path, line: line, field: field, message: message, fix: fix, rule: rule))
  }

  /// Appends an ISMS-wide problem, reported against `isms.yml`.
  mutating func reportISMS(
    _ severity: Severity, field: String? = nil, _ message: String, fix: String, rule: String
  ) {
    let line = field.flatMap { name in isms.config?.fields.first { $0.key == name }?.line }
    diagnostics.append(
      Diagnostic(
        severity, path: ISMS.configPath, line: line, field: field, message: message, fix: fix, rule: rule))
  }

  /// The next review day of a document, risk or supplier: `next_review`, else the last review
  /// (or assessment) plus the interval.
  func nextReview(of document: Document) -> ReviewSchedule.Item? {
    ReviewSchedule.item(for: document, config: isms.config)
  }
}
