/// The states of a certification cycle (rulebook d1); raw values are the `status` of a `cycle`.
///
/// Surveillance audits are `audit` documents (d2); the cycle stays `certified` around them and
/// counts them in `CycleProgress.surveillancesHeld`. `nc_resolution` and `decision_pending`
/// serve both the initial audit and recertification; `CycleProgress.phase` tells them apart.
public enum CycleState: String, Sendable, Hashable, Codable, CaseIterable {
  /// The ISMS is being built; no CB yet.
  case preparing
  /// Application reviewed, contract signed; the audit programme exists.
  case applied
  /// Stage 1 is planned.
  case stage1Planned = "stage1_planned"
  /// Stage 1 reported with no open area of concern.
  case stage1Done = "stage1_done"
  /// Stage 1 reported areas of concern that stage 2 depends on (R5).
  case stage1Concerns = "stage1_concerns"
  /// Stage 2 is planned.
  case stage2Planned = "stage2_planned"
  /// Stage 2 reported.
  case stage2Done = "stage2_done"
  /// Majors or minors await CB acceptance or verification (initial or recertification).
  case ncResolution = "nc_resolution"
  /// Waiting for the CB's decision (initial or recertification).
  case decisionPending = "decision_pending"
  /// Certified; surveillance audits happen in this state.
  case certified
  /// The recertification audit is planned.
  case recertPlanned = "recert_planned"
  /// The recertification audit is reported.
  case recertDone = "recert_done"
  /// Suspended by the CB (R19): temporarily invalid.
  case suspended
  /// Expired without a recertification decision; the restore window is open (R18).
  case expired
  /// Withdrawn by the CB. Terminal.
  case withdrawn
  /// The restore window passed (R18). Terminal for this cycle.
  case lapsed

  /// Whether no event leaves the state.
  public var isTerminal: Bool { self == .withdrawn || self == .lapsed }
}

/// The events of the certification-cycle machine (d1); raw values are `history` event names.
public enum CycleEvent: String, Sendable, Hashable, Codable, CaseIterable {
  /// `preparing → applied`.
  case apply
  /// `applied → stage1_planned`; also repeats stage 1 from `stage1_done`/`stage1_concerns` (R3).
  case planStage1 = "plan_stage1"
  /// `stage1_planned → stage1_done | stage1_concerns` (R2).
  case recordStage1 = "record_stage1"
  /// `stage1_concerns → stage1_done` (R5).
  case addressConcerns = "address_concerns"
  /// `stage1_done → stage2_planned` (R1, R3, R4, R34).
  case planStage2 = "plan_stage2"
  /// `stage2_planned → stage2_done` (R6).
  case recordStage2 = "record_stage2"
  /// `stage2_done | recert_done → nc_resolution`: the report raised nonconformities.
  case openNCResolution = "open_nc_resolution"
  /// `stage2_done | recert_done → decision_pending`: the report raised no nonconformity.
  case requestDecision = "request_decision"
  /// `nc_resolution → decision_pending` (R9; R16 at recertification).
  case acceptResponses = "accept_responses"
  /// `nc_resolution → stage2_planned` when a major stays unverified 6 months after stage 2 (R10).
  case majorWindowLapsed = "major_window_lapsed"
  /// `decision_pending → certified` (R9, R10, R11, R24; R16, R17 at recertification).
  case grant
  /// `decision_pending → preparing` (initial) or `→ certified` (recertification, R16).
  case refuse
  /// `certified → certified`, counting one surveillance (R12, R14).
  case holdSurveillance = "hold_surveillance"
  /// `certified → recert_planned` (R15).
  case planRecert = "plan_recert"
  /// `recert_planned → recert_done` (R6).
  case recordRecert = "record_recert"
  /// `certified | recert_* | nc_resolution | decision_pending | suspended → expired` (R16).
  case expire
  /// `expired → certified` within 6 months of expiry (R18).
  case restore
  /// `expired → lapsed` once the restore window has passed (R18).
  case lapse
  /// `certified | recert_planned → suspended` (R19).
  case suspend
  /// `suspended → certified` (R19).
  case reinstate
  /// `suspended → certified` with a reduced scope (R19).
  case reduceScope = "reduce_scope"
  /// `certified | suspended → withdrawn` (R19).
  case withdraw
  /// `certified | suspended →` same state (R21).
  case specialAudit = "special_audit"
  /// `certified → certified` with a new CB (R29).
  case transfer
  /// Any non-terminal state `→` the same state: a CB override is added to the cycle (R23).
  case recordOverride = "record_override"
}

/// Whether a cycle is in its initial certification or in a recertification.
public enum CyclePhase: String, Sendable, Hashable, Codable {
  /// Before the first certification decision.
  case initial
  /// After a certification decision: NC resolution and decisions are recertification ones.
  case recertification
}

/// What the first surveillance is counted from (R12); `surveillance_anchor` of a cycle.
public enum SurveillanceAnchor: String, Sendable, Hashable, Codable, CaseIterable {
  /// The certification decision date (17021-1:2015, the default).
  case decision
  /// The last day of stage 2 (the 2011 wording some CBs keep; stricter).
  case stage2End = "stage2_end"
}

/// Why the CB suspended a certificate (R19).
public enum SuspensionCause: String, Sendable, Hashable, Codable, CaseIterable {
  /// Surveillance or recertification not allowed at the required frequency (R12).
  case overdueSurveillance = "overdue_surveillance"
  /// A major NC not resolved in the CB's time (R52).
  case unresolvedMajor = "unresolved_major"
  /// Persistent or serious failure of the certified system.
  case seriousFailure = "serious_failure"
  /// The client asked for it.
  case voluntary
}
