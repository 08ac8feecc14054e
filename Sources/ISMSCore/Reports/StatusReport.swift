/// An overview of the ISMS for `isms status`: documents, SoA, risks, the to-do list, validation.
public struct StatusReport: Sendable, Hashable, Encodable {
  /// SoA counts; `applicable` = implemented + partial + planned + not_implemented + unset.
  public struct SoACounts: Sendable, Hashable, Codable {
    /// Controls in the catalog.
    public var total = 0
    /// Applicable controls.
    public var applicable = 0
    /// Applicable and implemented.
    public var implemented = 0
    /// Applicable and partly implemented.
    public var partial = 0
    /// Applicable and planned.
    public var planned = 0
    /// Applicable and not implemented.
    public var notImplemented = 0
    /// Excluded.
    public var excluded = 0
    /// Undecided.
    public var undecided = 0
    /// Catalog controls without a file.
    public var missing = 0

    private enum CodingKeys: String, CodingKey {
      case total, applicable, implemented, partial, planned
      case notImplemented = "not_implemented"
      case excluded, undecided, missing
    }
  }

  /// A policy, procedure or plan that waits for an approval of its current content.
  public struct AwaitingApproval: Sendable, Hashable, Encodable {
    /// The document id.
    public let id: String
    /// The file.
    public let path: String
    /// Its ``ApprovalState/label``: `changed since approval v1.0`, `in_review`.
    public let state: String
  }

  /// Counts of errors and warnings.
  public struct ValidationSummary: Sendable, Hashable, Codable {
    /// Errors.
    public let errors: Int
    /// Warnings.
    public let warnings: Int
  }

  /// The day the report is for.
  public let today: Day
  /// Documents by kind, then by status (`none` when a kind has no status, like controls); an
  /// approved document whose content changed since its approval counts as `changed_since_approval`.
  public let documents: [String: [String: Int]]
  /// The controlled documents waiting for an approval of their current content, by id.
  public let awaitingApproval: [AwaitingApproval]
  /// SoA counts.
  public let soa: SoACounts
  /// Risk levels by band before treatment.
  public let risksBefore: RiskBandCounts
  /// Risk levels by band after treatment (residual; inherent when retained).
  public let risksAfter: RiskBandCounts
  /// Everything waiting for someone within the window (``ToDoList``; reviews among them as
  /// `isms review due` lists them).
  public let todo: ToDoList
  /// The window for `todo`, in days.
  public let dueWithinDays: Int
  /// Validation counts.
  public let validation: ValidationSummary

  private enum CodingKeys: String, CodingKey {
    case today, documents, soa
    case risksBefore = "risks_before"
    case risksAfter = "risks_after"
    case todo
    case dueWithinDays = "due_within_days"
    case awaitingApproval = "awaiting_approval"
    case validation
  }

  /// Builds the report.
  /// - Parameters:
  ///   - dueWithinDays: include work due within this many days (overdue ones always).
  ///   - validation: the report of ``Validator/validate(snapshot:catalogs:today:)`` for the same snapshot.
  ///   - approvals: the ``ApprovalState`` of documents whose front matter says approved, by id (from
  ///     their history); a document not listed is taken at its front matter's word.
  public init(
    isms: ISMS, catalogs: Catalogs, today: Day, dueWithinDays: Int = 30, validation: ValidationReport,
    approvals: [String: ApprovalState] = [:]
  ) {
    self.today = today
    self.dueWithinDays = dueWithinDays
    var documents: [String: [String: Int]] = [:]
    var awaiting: [AwaitingApproval] = []
    for document in isms.documents {
      let written = document.fields.string(document.kind == .control ? "applicability" : "status")
      let state =
        document.kind.isControlled ? approvals[document.id] ?? ApprovalState(document, history: []) : nil
      documents[document.kind.rawValue, default: [:]][state?.key ?? written ?? "none", default: 0] += 1
      if let state, state.awaitsApproval, state.key != "draft" {
        awaiting.append(AwaitingApproval(id: document.id, path: document.path, state: state.label ?? "?"))
      }
    }
    self.documents = documents
    awaitingApproval = awaiting.sorted { $0.id < $1.id }
    var soa = SoACounts()
    for row in SoAReport(isms: isms, catalogs: catalogs).rows {
      soa.total += 1
      switch row.applicability {
      case "applicable":
        soa.applicable += 1
        switch row.implementation {
        case "implemented": soa.implemented += 1
        case "partial": soa.partial += 1
        case "planned": soa.planned += 1
        case "not-implemented": soa.notImplemented += 1
        default: break
        }
      case "excluded": soa.excluded += 1
      case "missing": soa.missing += 1
      default: soa.undecided += 1
      }
    }
    self.soa = soa
    let bands = RiskBands(method: isms.config?.riskMethod)
    var before = RiskBandCounts(bands: bands)
    var after = RiskBandCounts(bands: bands)
    for risk in isms.documents(of: .risk).compactMap(\.risk) where risk.status != "closed" {
      before.add(level: risk.inherentLevel)
      after.add(level: risk.residualLevel)
    }
    risksBefore = before
    risksAfter = after
    todo = ToDoList(
      facts: WorkflowFacts(isms: isms, today: today), within: dueWithinDays, approvals: approvals)
    self.validation = ValidationSummary(errors: validation.errorCount, warnings: validation.warningCount)
  }
}
