/// Reads the workflow records of a loaded ISMS and turns them into the engine's inputs:
/// cycle progress and summaries, audit and finding progress, and the readiness facts the
/// cycle guards need (internal audits, management reviews, mandatory documents, findings).
public struct WorkflowFacts: Sendable {
  /// The ISMS as loaded.
  public let isms: ISMS
  /// The day the facts are read for.
  public let today: Day

  /// Reads facts from `isms` as of `today`.
  public init(isms: ISMS, today: Day) {
    self.isms = isms
    self.today = today
  }

  // MARK: Lookup

  /// The document of `kind` with `id` (any case).
  /// - Throws: ``WorkflowInputError`` when there is none.
  public func document(_ id: String, kind: DocumentKind) throws -> Document {
    let match =
      isms.document(id: id) ?? isms.documents.first { $0.id.lowercased() == id.lowercased() }
    guard let match, match.kind == kind else {
      let known = isms.documents(of: kind).map(\.id).joined(separator: ", ")
      throw WorkflowInputError(
        "no \(kind.rawValue) record '\(id)' in the ISMS" + (known.isEmpty ? "" : " (known: \(known))"))
    }
    return match
  }

  /// The cycle `id`, or the only cycle that is not withdrawn or lapsed.
  /// - Throws: ``WorkflowInputError`` when none or several are open.
  public func cycle(_ id: String?) throws -> Document {
    if let id { return try document(id, kind: .cycle) }
    let open = isms.documents(of: .cycle).filter { !cycleProgress($0).state.isTerminal }
    guard open.count == 1, let only = open.first else {
      throw WorkflowInputError(
        open.isEmpty
          ? "there is no open certification cycle; start one with 'isms cycle start CYC-YYYY'"
          : "several cycles are open (\(open.map(\.id).joined(separator: ", "))); pass --cycle")
    }
    return only
  }

  /// The finding policy of `isms.yml` `findings`.
  public var findingPolicy: FindingPolicy {
    var policy = FindingPolicy()
    if let defaults = isms.config?.findings {
      policy.majorDays = defaults.majorDays
      policy.minorDays = defaults.minorDays
      policy.internalMajorDays = defaults.internalMajorDays
      policy.internalMinorDays = defaults.internalMinorDays
      policy.soakDays = defaults.soakDays
    }
    return policy
  }

  // MARK: Audits

  /// The audits of `cycle` (any state), sorted by start.
  public func audits(of cycle: String) -> [Document] {
    isms.documents(of: .audit).filter { $0.audit?.cycle?.lowercased() == cycle.lowercased() }
      .sorted { ($0.audit?.start ?? today, $0.id) < ($1.audit?.start ?? today, $1.id) }
  }

  /// The d2 state of an audit document.
  public func auditState(_ document: Document) -> AuditState {
    AuditState(rawValue: document.audit?.status ?? "") ?? .planned
  }

  /// The audit's days, when its start is set.
  public func auditDays(_ document: Document) -> DayRange? {
    document.audit?.start.map { DayRange(start: $0, end: document.audit?.end) }
  }

  /// The findings raised by audit `id`.
  public func findings(ofAudit id: String) -> [Document] {
    isms.documents(of: .finding).filter { $0.finding?.audit?.lowercased() == id.lowercased() }
  }

  // MARK: Findings

  /// Whether the finding was raised by the certification body (its audit is external).
  public func origin(of finding: Document) -> FindingOrigin {
    guard let audit = finding.finding?.audit, let document = isms.document(id: audit),
      document.audit?.type?.isExternal == true
    else { return .internal }
    return .external
  }

  /// The d3 state of a finding document.
  public func findingState(_ document: Document) -> FindingState {
    FindingState(rawValue: document.finding?.status ?? "") ?? .opened
  }

  /// The guard view of a finding.
  public func summary(of finding: Document) -> FindingSummary {
    FindingSummary(id: finding.id, grade: finding.finding?.grade, state: findingState(finding))
  }

  /// The machine record of a finding.
  public func progress(of finding: Document) -> FindingProgress {
    let fields = finding.finding
    return FindingProgress(
      state: findingState(finding), grade: fields?.grade ?? .observation, origin: origin(of: finding),
      due: fields?.due, implementedOn: fields?.implementedOn, verifiedOn: fields?.verifiedOn,
      recurrence: fields?.history.filter { $0.event == FindingEvent.reopen.rawValue }.count ?? 0)
  }
}
