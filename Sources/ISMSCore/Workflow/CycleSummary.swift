/// One audit of a cycle, as the schedule and alarms see it.
public struct CycleAudit: Sendable, Hashable {
  /// The audit id.
  public let id: String
  /// Its type.
  public let type: AuditType
  /// Its first and last day (planned or actual).
  public let dates: DayRange
  /// Its d2 state.
  public let state: AuditState

  /// Creates an audit entry.
  public init(id: String, type: AuditType, dates: DayRange, state: AuditState) {
    self.id = id
    self.type = type
    self.dates = dates
    self.state = state
  }
}

/// One finding with a deadline, as the alarms see it.
public struct FindingDeadline: Sendable, Hashable {
  /// The finding id.
  public let id: String
  /// Its grade.
  public let grade: FindingGrade
  /// External or internal.
  public let origin: FindingOrigin
  /// Its d3 state.
  public let state: FindingState
  /// Its `due` date.
  public let due: Day

  /// Creates a finding entry.
  public init(id: String, grade: FindingGrade, origin: FindingOrigin, state: FindingState, due: Day) {
    self.id = id
    self.grade = grade
    self.origin = origin
    self.state = state
    self.due = due
  }

  /// Whether the finding still needs work before its deadline.
  var isOpen: Bool { !state.isVerified && state != .void && state != .escalated }

  /// The guard view of this finding.
  var summary: FindingSummary { FindingSummary(id: id, grade: grade, state: state) }
}

/// Everything the date rules and alarms read about one cycle.
public struct CycleSummary: Sendable, Hashable {
  /// The cycle id, for UIDs and messages.
  public let id: String
  /// The cycle's d1 record.
  public let record: CycleProgress
  /// The cycle's audits (any state).
  public let audits: [CycleAudit]
  /// The cycle's findings with deadlines.
  public let findings: [FindingDeadline]
  /// The CB overrides recorded on the cycle (R23).
  public let overrides: [Override]

  /// Creates a summary.
  public init(
    id: String, record: CycleProgress, audits: [CycleAudit] = [], findings: [FindingDeadline] = [],
    overrides: [Override] = []
  ) {
    self.id = id
    self.record = record
    self.audits = audits
    self.findings = findings
    self.overrides = overrides
  }
}
