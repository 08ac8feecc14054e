/// One stage 1 area of concern and its tracking status (R5).
public struct StageConcern: Sendable, Hashable {
  /// The status of a concern, as in an audit's `concerns[].status`.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not yet resolved.
    case open
    /// Resolved by the organization.
    case addressed
    /// Knowingly accepted as a risk going into stage 2.
    case acceptedRisk = "accepted-risk"
  }

  /// The concern id.
  public let id: String
  /// Its status.
  public let status: Status

  /// Creates a concern.
  public init(id: String, status: Status) {
    self.id = id
    self.status = status
  }
}

/// Everything a cycle transition may need besides the record: the event date, the facts the
/// integration reads from the repository, the CB overrides and the policy.
///
/// Facts default to "absent", so a guard that needs one refuses unless the integration filled it.
public struct CycleContext: Sendable, Hashable {
  /// The day of the event (the `history` entry's `on`).
  public var on: Day
  /// The audit the event is about (stage 1, stage 2, surveillance, recertification, special).
  public var audit: DayRange?
  /// Whether the stage 1 report states its conclusions on objectives and readiness (R2).
  public var stage1ConclusionsRecorded = false
  /// The stage 1 areas of concern; `nil` when the report lists none at all (R2 needs a list,
  /// which may be empty).
  public var stage1Concerns: [StageConcern]?
  /// Completion day of the latest completed internal audit (R4).
  public var lastInternalAuditCompleted: Day?
  /// Day of the latest final management review (R4).
  public var lastManagementReviewCompleted: Day?
  /// Mandatory documents that are missing (R34); empty when all are present.
  public var missingMandatoryDocuments: [String] = []
  /// The security policy, SoA and risk treatment plan documents not approved (R34, stage 2).
  public var unapprovedStage2Documents: [String] = []
  /// The findings of the audit or phase the event concerns (R6, R9, R10, R16).
  public var findings: [FindingSummary] = []
  /// Whether the audit report the decision rests on is stored (R24).
  public var auditReportStored = false
  /// The expiry printed on the certificate, when the CB has issued one (R11, R17).
  public var certificateExpiry: Day?
  /// Whether the outstanding recertification activities are done (R18).
  public var recertificationActivitiesComplete = false
  /// The cause given by the CB for a suspension (R19).
  public var suspensionCause: SuspensionCause?
  /// Whether the suspension's cause has been resolved (R19).
  public var suspensionCauseResolved = false
  /// Whether the accepting CB's pre-transfer review is recorded (R29).
  public var preTransferReviewRecorded = false
  /// The accepting certification body of a transfer (R29).
  public var newCertificationBody: String?
  /// Surveillance-coverage items (R14 a–h) the report does not address.
  public var surveillanceCoverageMissing: [String] = []
  /// A free-text reason (withdrawal, reduced scope).
  public var reason: String?
  /// The override being added by `record_override` (R23).
  public var newOverride: Override?
  /// The CB overrides recorded on the cycle (R23).
  public var overrides: [Override] = []
  /// Thresholds.
  public var policy = CyclePolicy()

  /// Creates a context for an event on `on`.
  public init(on: Day) { self.on = on }
}
