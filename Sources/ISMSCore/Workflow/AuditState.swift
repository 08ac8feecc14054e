/// The states of an audit (rulebook d2); raw values are the `status` of an `audit`.
public enum AuditState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Being prepared.
  case planned
  /// The plan is issued: criteria, scope, dates, team, mode.
  case scheduled
  /// The opening meeting was held.
  case inProgress = "in_progress"
  /// The closing meeting was held and the findings are listed.
  case fieldworkDone = "fieldwork_done"
  /// The report was received (external) or issued (internal).
  case reported
  /// Every finding is dispositioned. Terminal.
  case closed
  /// Cancelled with a reason. Terminal.
  case cancelled

  /// Whether no event leaves the state.
  public var isTerminal: Bool { self == .closed || self == .cancelled }

  /// Whether the fieldwork has happened (the audit counts as held).
  public var isHeld: Bool { [.fieldworkDone, .reported, .closed].contains(self) }
}

/// The events of the audit machine (d2); raw values are `history` event names.
public enum AuditEvent: String, Sendable, Hashable, Codable, CaseIterable {
  /// `planned → scheduled`: the plan is issued (R48 independence for internal audits).
  case schedule
  /// `scheduled → in_progress`: the opening meeting.
  case start
  /// `in_progress → fieldwork_done`: the closing meeting, findings listed.
  case finishFieldwork = "finish_fieldwork"
  /// `fieldwork_done → reported` (R2, R6, 9.2.2 c).
  case report
  /// `reported → closed`: every finding dispositioned.
  case close
  /// Any non-terminal state `→ cancelled`, with a reason.
  case cancel
}

/// An audit's d2 state and type: the record the audit machine moves.
public struct AuditProgress: Sendable, Hashable {
  /// The audit's state.
  public var state: AuditState
  /// The audit's type.
  public let type: AuditType

  /// Creates a record.
  public init(state: AuditState, type: AuditType) {
    self.state = state
    self.type = type
  }
}

/// One auditor and the areas they are responsible for (`people[].areas` in `isms.yml`).
public struct AuditorAreas: Sendable, Hashable {
  /// The person id.
  public let person: String
  /// The areas or processes the person owns.
  public let areas: [String]

  /// Creates an entry.
  public init(person: String, areas: [String]) {
    self.person = person
    self.areas = areas
  }
}

/// The facts an audit transition needs.
public struct AuditContext: Sendable, Hashable {
  /// The day of the event.
  public var on: Day
  /// The lead auditor and the other auditors, each with the areas they own (R48).
  public var auditors: [AuditorAreas] = []
  /// The areas the audit covers (`scope.areas`).
  public var auditedAreas: [String] = []
  /// Plan items not yet set: any of criteria, scope, dates, team, mode.
  public var missingPlanItems: [String] = []
  /// Who received the internal audit report (9.2.2 c).
  public var reportedTo: [String] = []
  /// Whether a stage 1 report states its conclusions (R2).
  public var conclusionRecorded = false
  /// Whether a stage 1 report lists its areas of concern, possibly none (R2).
  public var concernsRecorded = false
  /// The findings the audit raised.
  public var findings: [FindingSummary] = []
  /// The reason for a cancellation.
  public var reason: String?

  /// Creates a context for an event on `on`.
  public init(on: Day) { self.on = on }
}
