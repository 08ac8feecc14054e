/// The fields of a `cycle` document (workflow d1).
public struct CycleRecord: Sendable, Hashable {
  /// The standard certified.
  public let standard: Framework?
  /// The certification body.
  public let certificationBody: String?
  /// The d1 state.
  public let status: String?
  /// The certification decision date.
  public let decisionDate: Day?
  /// The certificate expiry.
  public let expiry: Day?
  /// The certificate number.
  public let certificate: String?
  /// The SoA version the certificate refers to.
  public let soaVersion: String?
  /// `decision` or `stage2_end`.
  public let surveillanceAnchor: String?
  /// The state changes.
  public let history: [HistoryRecord]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    standard = reader.value("standard")
    certificationBody = reader.string("certification_body")
    status = reader.string("status")
    decisionDate = reader.day("decision_date")
    expiry = reader.day("expiry")
    certificate = reader.string("certificate")
    soaVersion = reader.string("soa_version")
    surveillanceAnchor = reader.string("surveillance_anchor")
    history = HistoryRecord.all(reader)
  }
}

/// The fields of an `audit` document (workflow d2).
public struct AuditRecord: Sendable, Hashable {
  /// Internal or an external audit type.
  public let type: AuditType?
  /// The certification cycle (external audits).
  public let cycle: String?
  /// The d2 state.
  public let status: String?
  /// The first day.
  public let start: Day?
  /// The last day.
  public let end: Day?
  /// The lead auditor's person id.
  public let leadAuditor: String?
  /// Further auditors' person ids.
  public let auditors: [String]
  /// External auditors' names.
  public let auditorName: String?
  /// Clauses covered.
  public let scopeClauses: [String]
  /// Controls covered.
  public let scopeControls: [String]
  /// Areas audited.
  public let scopeAreas: [String]
  /// The report date.
  public let reportDate: Day?
  /// Who the results were reported to.
  public let reportedTo: [String]
  /// The state changes.
  public let history: [HistoryRecord]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    type = reader.value("type")
    cycle = reader.string("cycle")
    status = reader.string("status")
    start = reader.day("start")
    end = reader.day("end")
    leadAuditor = reader.string("lead_auditor")
    auditors = reader.strings("auditors")
    auditorName = reader.string("auditor_name")
    let scope = reader.object("scope")
    scopeClauses = scope?.strings("clauses") ?? []
    scopeControls = scope?.strings("controls") ?? []
    scopeAreas = scope?.strings("areas") ?? []
    reportDate = reader.day("report_date")
    reportedTo = reader.strings("reported_to")
    history = HistoryRecord.all(reader)
  }
}

/// One corrective action of a finding (10.2 c).
public struct CorrectiveAction: Sendable, Hashable, Codable {
  /// What is done.
  public let action: String?
  /// Who does it.
  public let owner: String?
  /// By when.
  public let due: Day?
}

/// The fields of a `finding` document (workflow d3).
public struct FindingRecord: Sendable, Hashable {
  /// The audit that raised it.
  public let audit: String?
  /// Audit, incident, monitoring or other.
  public let source: String?
  /// Major, minor, observation or OFI.
  public let grade: FindingGrade?
  /// The clause or control not met.
  public let requirement: String?
  /// The statement of the finding.
  public let statement: String?
  /// The objective evidence.
  public let evidence: String?
  /// The d3 state.
  public let status: String?
  /// When it was raised.
  public let raisedOn: Day?
  /// When the response is due.
  public let due: Day?
  /// The corrective actions.
  public let actions: [CorrectiveAction]
  /// When the actions were implemented.
  public let implementedOn: Day?
  /// Who verified effectiveness.
  public let verifiedBy: String?
  /// When effectiveness was verified.
  public let verifiedOn: Day?
  /// The state changes.
  public let history: [HistoryRecord]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    audit = reader.string("audit")
    source = reader.string("source")
    grade = reader.value("grade")
    requirement = reader.string("requirement")
    statement = reader.string("statement")
    evidence = reader.string("evidence")
    status = reader.string("status")
    raisedOn = reader.day("raised_on")
    due = reader.day("due")
    actions = reader.objects("actions").map {
      CorrectiveAction(action: $0.string("action"), owner: $0.string("owner"), due: $0.day("due"))
    }
    implementedOn = reader.day("implemented_on")
    verifiedBy = reader.string("verified_by")
    verifiedOn = reader.day("verified_on")
    history = HistoryRecord.all(reader)
  }
}
