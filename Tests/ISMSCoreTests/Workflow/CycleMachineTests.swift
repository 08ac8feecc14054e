import ISMSCore
import Testing

/// One row of the d1 table.
struct CycleCase: Sendable, CustomTestStringConvertible {
  let name: String
  let record: CycleProgress
  let event: CycleEvent
  let context: CycleContext
  let expected: Expected

  init(_ name: String, _ record: CycleProgress, _ event: CycleEvent, on: String, _ expected: Expected) {
    self.init(name, record, event, on: on, { _ in }, expected)
  }

  init(
    _ name: String, _ record: CycleProgress, _ event: CycleEvent, on: String,
    _ configure: (inout CycleContext) -> Void, _ expected: Expected
  ) {
    self.name = name
    self.record = record
    self.event = event
    var context = CycleContext(on: d(on))
    configure(&context)
    self.context = context
    self.expected = expected
  }

  var testDescription: String { "\(record.state.rawValue) —\(event.rawValue)→ \(expected): \(name)" }
}

/// Records of a cycle at each point of its life: stage 1 ends 2025-03-10, stage 2 runs
/// 2025-04-14…16, the decision is 2025-06-20 and the certificate expires 2028-06-19.
enum Cycles {
  static let preparing = CycleProgress(state: .preparing)
  static let applied = CycleProgress(state: .applied)
  static let stage1Planned = CycleProgress(state: .stage1Planned)
  static let stage1Done = CycleProgress(state: .stage1Done, stage1LastDay: d("2025-03-10"))
  static let stage1Concerns = CycleProgress(state: .stage1Concerns, stage1LastDay: d("2025-03-10"))
  static let stage2Planned = CycleProgress(
    state: .stage2Planned, stage1LastDay: d("2025-03-10"), stage2Start: d("2025-04-14"))
  static let stage2Done = with(stage2Planned) {
    $0.state = .stage2Done
    $0.stage2LastDay = d("2025-04-16")
  }
  static let ncResolution = with(stage2Done) { $0.state = .ncResolution }
  static let decisionPending = with(stage2Done) { $0.state = .decisionPending }
  static let certified = with(stage2Done) {
    $0.state = .certified
    $0.certificationBody = "Example Cert"
    $0.decisionDate = d("2025-06-20")
    $0.cycleStart = d("2025-06-20")
    $0.expiry = d("2028-06-19")
    $0.surveillancesHeld = 2
  }
  static let recertPlanned = with(certified) { $0.state = .recertPlanned }
  static let recertDone = with(certified) { $0.state = .recertDone }
  static let recertNCs = with(certified) { $0.state = .ncResolution }
  static let recertDecision = with(certified) { $0.state = .decisionPending }
  static let suspended = with(certified) {
    $0.state = .suspended
    $0.suspendedOn = d("2026-09-01")
    $0.suspensionCause = .overdueSurveillance
  }
  static let expired = with(certified) { $0.state = .expired }
  static let withdrawn = with(certified) { $0.state = .withdrawn }
  static let lapsed = with(certified) { $0.state = .lapsed }

  static func with(_ record: CycleProgress, _ change: (inout CycleProgress) -> Void) -> CycleProgress {
    var copy = record
    change(&copy)
    return copy
  }
}

/// Facts that let `plan_stage2` through for a stage 2 starting 2025-04-14.
func readyForStage2(_ context: inout CycleContext) {
  context.audit = DayRange(start: d("2025-04-14"), end: d("2025-04-16"))
  context.lastInternalAuditCompleted = d("2025-02-20")
  context.lastManagementReviewCompleted = d("2025-03-01")
}

let major = FindingSummary(id: "NC-1", grade: .major, state: .planAccepted)
let verifiedMajor = FindingSummary(id: "NC-1", grade: .major, state: .verified)
let minor = FindingSummary(id: "NC-2", grade: .minor, state: .planSubmitted)
let acceptedMinor = FindingSummary(id: "NC-2", grade: .minor, state: .planAccepted)
let ofi = FindingSummary(id: "OFI-1", grade: .ofi, state: .opened)
let ungraded = FindingSummary(id: "F-9", grade: nil, state: .opened)

let cycleTable: [CycleCase] = [
  // preparing / applied
  CycleCase("application", Cycles.preparing, .apply, on: "2025-01-10", .state("applied")),
  CycleCase("stage 2 before any stage 1", Cycles.preparing, .planStage2, on: "2025-01-10", .refused("R1")),
  CycleCase("plan stage 1", Cycles.applied, .planStage1, on: "2025-02-01", .state("stage1_planned")),
  CycleCase(
    "stage 1 report before planning", Cycles.applied, .recordStage1, on: "2025-02-01", .refused("d1")),
  CycleCase("stage 2 while applied", Cycles.applied, .planStage2, on: "2025-02-01", .refused("R1")),
  // stage 1
  CycleCase(
    "stage 1 without concerns", Cycles.stage1Planned, .recordStage1, on: "2025-03-10",
    {
      $0.stage1ConclusionsRecorded = true
      $0.stage1Concerns = []
    }, .state("stage1_done")),
  CycleCase(
    "stage 1 with an open concern", Cycles.stage1Planned, .recordStage1, on: "2025-03-10",
    {
      $0.stage1ConclusionsRecorded = true
      $0.stage1Concerns = [StageConcern(id: "C1", status: .open)]
    }, .state("stage1_concerns")),
  CycleCase(
    "stage 1 whose concerns are already resolved", Cycles.stage1Planned, .recordStage1, on: "2025-03-10",
    {
      $0.stage1ConclusionsRecorded = true
      $0.stage1Concerns = [
        StageConcern(id: "C1", status: .addressed), StageConcern(id: "C2", status: .acceptedRisk),
      ]
    }, .state("stage1_done")),
  CycleCase(
    "stage 1 without conclusions", Cycles.stage1Planned, .recordStage1, on: "2025-03-10",
    { $0.stage1Concerns = [] }, .refused("R2")),
  CycleCase(
    "stage 1 without a concern list", Cycles.stage1Planned, .recordStage1, on: "2025-03-10",
    { $0.stage1ConclusionsRecorded = true }, .refused("R2")),
  CycleCase(
    "stage 2 before stage 1 is reported", Cycles.stage1Planned, .planStage2, on: "2025-03-01", .refused("R1")),
  CycleCase(
    "concerns addressed", Cycles.stage1Concerns, .addressConcerns, on: "2025-03-20",
    { $0.stage1Concerns = [StageConcern(id: "C1", status: .addressed)] }, .state("stage1_done")),
  CycleCase(
    "a concern still open", Cycles.stage1Concerns, .addressConcerns, on: "2025-03-20",
    { $0.stage1Concerns = [StageConcern(id: "C1", status: .open)] }, .refused("R5")),
  CycleCase(
    "stage 2 with open concerns", Cycles.stage1Concerns, .planStage2, on: "2025-03-20", readyForStage2,
    .refused("R5")),
  CycleCase(
    "repeat stage 1 after concerns", Cycles.stage1Concerns, .planStage1, on: "2025-09-20",
    .state("stage1_planned")),
  CycleCase(
    "repeat a stale stage 1", Cycles.stage1Done, .planStage1, on: "2025-09-20", .state("stage1_planned")),
  // plan stage 2 (R1, R3, R4, R34)
  CycleCase(
    "stage 2 ready", Cycles.stage1Done, .planStage2, on: "2025-03-20", readyForStage2,
    .state("stage2_planned")),
  CycleCase("stage 2 without dates", Cycles.stage1Done, .planStage2, on: "2025-03-20", .refused("d1")),
  CycleCase(
    "no internal audit", Cycles.stage1Done, .planStage2, on: "2025-03-20",
    {
      readyForStage2(&$0)
      $0.lastInternalAuditCompleted = nil
    }, .refused("R4")),
  CycleCase(
    "no management review", Cycles.stage1Done, .planStage2, on: "2025-03-20",
    {
      readyForStage2(&$0)
      $0.lastManagementReviewCompleted = nil
    }, .refused("R4")),
  CycleCase(
    "internal audit completed on the stage 2 start day", Cycles.stage1Done, .planStage2, on: "2025-03-20",
    {
      readyForStage2(&$0)
      $0.lastInternalAuditCompleted = d("2025-04-14")
    }, .refused("R4")),
  CycleCase(
    "management review the day before stage 2", Cycles.stage1Done, .planStage2, on: "2025-03-20",
    {
      readyForStage2(&$0)
      $0.lastManagementReviewCompleted = d("2025-04-13")
    }, .state("stage2_planned")),
  CycleCase(
    "mandatory documents missing", Cycles.stage1Done, .planStage2, on: "2025-03-20",
    {
      readyForStage2(&$0)
      $0.missingMandatoryDocuments = ["statement-of-applicability"]
    }, .refused("R34")),
  CycleCase(
    "stage 2 on the day stage 1 ended", Cycles.stage1Done, .planStage2, on: "2025-03-10",
    {
      readyForStage2(&$0)
      $0.audit = DayRange(start: d("2025-03-10"))
    }, .refused("R1")),
  CycleCase(
    "stage 2 exactly 6 months after stage 1", Cycles.stage1Done, .planStage2, on: "2025-08-01",
    {
      readyForStage2(&$0)
      $0.audit = DayRange(start: d("2025-09-10"))
    }, .state("stage2_planned")),
  CycleCase(
    "stage 2 6 months and a day after stage 1", Cycles.stage1Done, .planStage2, on: "2025-08-01",
    {
      readyForStage2(&$0)
      $0.audit = DayRange(start: d("2025-09-11"))
    }, .refused("R3")),
  CycleCase(
    "stale stage 1 confirmed by the CB", Cycles.stage1Done, .planStage2, on: "2025-08-01",
    {
      readyForStage2(&$0)
      $0.audit = DayRange(start: d("2025-09-11"))
      $0.overrides = [cbOverride("R3")]
    }, .state("stage2_planned")),
  CycleCase(
    "CB confirmation valid only until before stage 2", Cycles.stage1Done, .planStage2, on: "2025-08-01",
    {
      readyForStage2(&$0)
      $0.audit = DayRange(start: d("2025-09-11"))
      $0.overrides = [cbOverride("R3", newDue: d("2025-09-10"))]
    }, .refused("R3")),
  CycleCase(
    "an override without justification lifts nothing", Cycles.stage1Done, .planStage2, on: "2025-08-01",
    {
      readyForStage2(&$0)
      $0.audit = DayRange(start: d("2025-09-11"))
      $0.overrides = [Override(rule: "R3", justification: " ", cbRef: "x")]
    }, .refused("R3")),
  CycleCase(
    "an override cannot lift R4", Cycles.stage1Done, .planStage2, on: "2025-03-20",
    {
      readyForStage2(&$0)
      $0.lastInternalAuditCompleted = nil
      $0.overrides = [cbOverride("R4")]
    }, .refused("R4")),
  // stage 2
  CycleCase(
    "stage 2 reported", Cycles.stage2Planned, .recordStage2, on: "2025-04-16",
    { $0.findings = [major, ofi] },
    .state("stage2_done")),
  CycleCase(
    "stage 2 with an ungraded finding", Cycles.stage2Planned, .recordStage2, on: "2025-04-16",
    { $0.findings = [ungraded] }, .refused("R6")),
  CycleCase(
    "stage 2 without stage 1", CycleProgress(state: .stage2Planned), .recordStage2, on: "2025-04-16",
    .refused("R1")),
  CycleCase(
    "nonconformities found", Cycles.stage2Done, .openNCResolution, on: "2025-04-17",
    { $0.findings = [minor, ofi] },
    .state("nc_resolution")),
  CycleCase(
    "only an OFI", Cycles.stage2Done, .requestDecision, on: "2025-04-17", { $0.findings = [ofi] },
    .state("decision_pending")),
  CycleCase(
    "NC resolution with an ungraded finding", Cycles.stage2Done, .openNCResolution, on: "2025-04-17",
    { $0.findings = [ungraded] }, .refused("R6")),
  CycleCase(
    "NC resolution without an NC", Cycles.stage2Done, .openNCResolution, on: "2025-04-17",
    { $0.findings = [ofi] }, .refused("d1")),
  CycleCase(
    "decision requested despite a minor", Cycles.stage2Done, .requestDecision, on: "2025-04-17",
    { $0.findings = [minor] }, .refused("R9")),
  CycleCase(
    "recertification without NCs", Cycles.recertDone, .requestDecision, on: "2028-03-21",
    { $0.findings = [ofi] }, .state("decision_pending")),
  CycleCase(
    "override recorded", Cycles.certified, .recordOverride, on: "2026-06-19",
    { $0.newOverride = cbOverride("R12", newDue: d("2026-12-18")) }, .state("certified")),
  CycleCase(
    "override without CB reference", Cycles.stage1Done, .recordOverride, on: "2025-09-01",
    { $0.newOverride = Override(rule: "R3", justification: "still valid", cbRef: "") }, .refused("R23")),
  // NC resolution (R9, R10)
  CycleCase(
    "responses accepted", Cycles.ncResolution, .acceptResponses, on: "2025-06-01",
    { $0.findings = [verifiedMajor, acceptedMinor] }, .state("decision_pending")),
  CycleCase(
    "a major unverified", Cycles.ncResolution, .acceptResponses, on: "2025-06-01", { $0.findings = [major] },
    .refused("R9")),
  CycleCase(
    "a minor plan not accepted", Cycles.ncResolution, .acceptResponses, on: "2025-06-01",
    { $0.findings = [minor] }, .refused("R9")),
  CycleCase(
    "the CB accepts despite a pending minor", Cycles.ncResolution, .acceptResponses, on: "2025-06-01",
    {
      $0.findings = [minor]
      $0.overrides = [cbOverride("R9")]
    }, .state("decision_pending")),
  CycleCase(
    "majors unverified 6 months and a day after stage 2", Cycles.ncResolution, .majorWindowLapsed,
    on: "2025-10-17", { $0.findings = [major] }, .state("stage2_planned")),
  CycleCase(
    "the major window's last day", Cycles.ncResolution, .majorWindowLapsed, on: "2025-10-16",
    { $0.findings = [major] }, .refused("R10")),
  CycleCase(
    "window passed but majors verified", Cycles.ncResolution, .majorWindowLapsed, on: "2025-10-17",
    { $0.findings = [verifiedMajor] }, .refused("R10")),
  // decision
  CycleCase(
    "granted", Cycles.decisionPending, .grant, on: "2025-06-20",
    {
      $0.auditReportStored = true
      $0.findings = [verifiedMajor, acceptedMinor]
    }, .state("certified")),
  CycleCase("no stored report", Cycles.decisionPending, .grant, on: "2025-06-20", .refused("R24")),
  CycleCase(
    "granted with a major unverified", Cycles.decisionPending, .grant, on: "2025-06-20",
    {
      $0.auditReportStored = true
      $0.findings = [major]
    }, .refused("R9")),
  CycleCase(
    "granted past the major window, R9 lifted", Cycles.decisionPending, .grant, on: "2025-10-17",
    {
      $0.auditReportStored = true
      $0.findings = [major]
      $0.overrides = [cbOverride("R9")]
    }, .refused("R10")),
  CycleCase(
    "granted on the major window's last day, R9 lifted", Cycles.decisionPending, .grant, on: "2025-10-16",
    {
      $0.auditReportStored = true
      $0.findings = [major]
      $0.overrides = [cbOverride("R9")]
    }, .state("certified")),
  CycleCase(
    "certificate expiry D + 3 years", Cycles.decisionPending, .grant, on: "2025-06-20",
    {
      $0.auditReportStored = true
      $0.certificateExpiry = d("2028-06-20")
    }, .state("certified")),
  CycleCase(
    "certificate expiry D + 3 years + 1 day", Cycles.decisionPending, .grant, on: "2025-06-20",
    {
      $0.auditReportStored = true
      $0.certificateExpiry = d("2028-06-21")
    }, .refused("R11")),
  CycleCase("initial refusal", Cycles.decisionPending, .refuse, on: "2025-06-20", .state("preparing")),
  CycleCase(
    "expire before any certificate", Cycles.decisionPending, .expire, on: "2025-06-20", .refused("d1")),
  // certified
  CycleCase(
    "surveillance held", Cycles.certified, .holdSurveillance, on: "2026-05-12",
    { $0.audit = DayRange(start: d("2026-05-11"), end: d("2026-05-12")) }, .state("certified")),
  CycleCase(
    "surveillance without dates", Cycles.certified, .holdSurveillance, on: "2026-05-12", .refused("d1")),
  CycleCase(
    "recertification ends the day before expiry", Cycles.certified, .planRecert, on: "2028-01-10",
    { $0.audit = DayRange(start: d("2028-06-16"), end: d("2028-06-18")) }, .state("recert_planned")),
  CycleCase(
    "recertification ends on expiry", Cycles.certified, .planRecert, on: "2028-01-10",
    { $0.audit = DayRange(start: d("2028-06-17"), end: d("2028-06-19")) }, .refused("R15")),
  CycleCase(
    "recertification postponed by the CB", Cycles.certified, .planRecert, on: "2028-01-10",
    {
      $0.audit = DayRange(start: d("2028-08-01"), end: d("2028-08-03"))
      $0.overrides = [cbOverride("R15", newDue: d("2028-09-30"))]
    }, .state("recert_planned")),
  CycleCase("stage 1 while certified", Cycles.certified, .planStage1, on: "2026-01-10", .refused("d1")),
  CycleCase(
    "special audit", Cycles.certified, .specialAudit, on: "2026-11-03",
    { $0.audit = DayRange(start: d("2026-11-03")) }, .state("certified")),
  CycleCase(
    "transfer", Cycles.certified, .transfer, on: "2026-11-03",
    {
      $0.preTransferReviewRecorded = true
      $0.newCertificationBody = "Other Cert"
    }, .state("certified")),
  CycleCase(
    "transfer without pre-transfer review", Cycles.certified, .transfer, on: "2026-11-03",
    { $0.newCertificationBody = "Other Cert" }, .refused("R29")),
  CycleCase(
    "transfer to the same CB", Cycles.certified, .transfer, on: "2026-11-03",
    {
      $0.preTransferReviewRecorded = true
      $0.newCertificationBody = "Example Cert"
    }, .refused("R29")),
  CycleCase(
    "suspension", Cycles.certified, .suspend, on: "2026-09-01", { $0.suspensionCause = .overdueSurveillance },
    .state("suspended")),
  CycleCase("suspension without cause", Cycles.certified, .suspend, on: "2026-09-01", .refused("R19")),
  CycleCase(
    "withdrawal on request", Cycles.certified, .withdraw, on: "2026-09-01", { $0.reason = "client request" },
    .state("withdrawn")),
  CycleCase("expire on the expiry day", Cycles.certified, .expire, on: "2028-06-19", .refused("R16")),
  CycleCase("expire the day after expiry", Cycles.certified, .expire, on: "2028-06-20", .state("expired")),
  // recertification
  CycleCase(
    "recertification reported", Cycles.recertPlanned, .recordRecert, on: "2028-03-20",
    { $0.findings = [minor] }, .state("recert_done")),
  CycleCase(
    "recertification with ungraded findings", Cycles.recertPlanned, .recordRecert, on: "2028-03-20",
    { $0.findings = [ungraded] }, .refused("R6")),
  CycleCase(
    "suspended during recertification planning", Cycles.recertPlanned, .suspend, on: "2028-03-01",
    { $0.suspensionCause = .seriousFailure }, .state("suspended")),
  CycleCase(
    "recertification plan expires", Cycles.recertPlanned, .expire, on: "2028-06-20", .state("expired")),
  CycleCase(
    "recertification NCs", Cycles.recertDone, .openNCResolution, on: "2028-03-21", { $0.findings = [minor] },
    .state("nc_resolution")),
  CycleCase(
    "recertification majors verified on expiry day", Cycles.recertNCs, .acceptResponses, on: "2028-06-19",
    { $0.findings = [verifiedMajor] }, .state("decision_pending")),
  CycleCase(
    "recertification majors verified after expiry", Cycles.recertNCs, .acceptResponses, on: "2028-06-20",
    { $0.findings = [verifiedMajor] }, .refused("R16")),
  CycleCase(
    "no R10 lapse at recertification", Cycles.recertNCs, .majorWindowLapsed, on: "2028-06-20",
    { $0.findings = [major] }, .refused("d1")),
  CycleCase(
    "recertification granted on expiry day", Cycles.recertDecision, .grant, on: "2028-06-19",
    { $0.auditReportStored = true }, .state("certified")),
  CycleCase(
    "recertification granted after expiry", Cycles.recertDecision, .grant, on: "2028-06-20",
    { $0.auditReportStored = true }, .refused("R16")),
  CycleCase(
    "recertification granted after expiry under an IAF ID 3 extension", Cycles.recertDecision, .grant,
    on: "2028-06-20",
    {
      $0.auditReportStored = true
      $0.overrides = [cbOverride("R16", newDue: d("2028-12-19"))]
    }, .state("certified")),
  CycleCase(
    "recertification expiry beyond old + 3 years", Cycles.recertDecision, .grant, on: "2028-05-01",
    {
      $0.auditReportStored = true
      $0.certificateExpiry = d("2031-06-20")
    }, .refused("R17")),
  CycleCase("recertification refused", Cycles.recertDecision, .refuse, on: "2028-05-01", .state("certified")),
  // suspension
  CycleCase(
    "reinstated", Cycles.suspended, .reinstate, on: "2026-12-01", { $0.suspensionCauseResolved = true },
    .state("certified")),
  CycleCase("cause unresolved", Cycles.suspended, .reinstate, on: "2026-12-01", .refused("R19")),
  CycleCase(
    "reinstated after expiry", Cycles.suspended, .reinstate, on: "2028-06-20",
    { $0.suspensionCauseResolved = true }, .refused("R16")),
  CycleCase(
    "scope reduced", Cycles.suspended, .reduceScope, on: "2027-03-01", { $0.reason = "site B removed" },
    .state("certified")),
  CycleCase(
    "scope reduced without reason", Cycles.suspended, .reduceScope, on: "2027-03-01", .refused("R19")),
  CycleCase(
    "withdrawn after suspension", Cycles.suspended, .withdraw, on: "2027-03-02",
    { $0.reason = "limit passed" },
    .state("withdrawn")),
  CycleCase("withdrawal without reason", Cycles.suspended, .withdraw, on: "2027-03-02", .refused("R19")),
  CycleCase(
    "short-notice audit while suspended", Cycles.suspended, .specialAudit, on: "2026-10-01",
    { $0.audit = DayRange(start: d("2026-10-01")) }, .state("suspended")),
  CycleCase(
    "transfer while suspended", Cycles.suspended, .transfer, on: "2026-10-01",
    {
      $0.preTransferReviewRecorded = true
      $0.newCertificationBody = "Other Cert"
      $0.overrides = [cbOverride("R29")]
    }, .refused("R29")),
  CycleCase("suspended past expiry", Cycles.suspended, .expire, on: "2028-06-20", .state("expired")),
  // expired (R18)
  CycleCase(
    "restored on the last day of the window", Cycles.expired, .restore, on: "2028-12-19",
    { $0.recertificationActivitiesComplete = true }, .state("certified")),
  CycleCase(
    "restore a day after the window", Cycles.expired, .restore, on: "2028-12-20",
    { $0.recertificationActivitiesComplete = true }, .refused("R18")),
  CycleCase(
    "restore window extended by the CB", Cycles.expired, .restore, on: "2029-02-01",
    {
      $0.recertificationActivitiesComplete = true
      $0.overrides = [cbOverride("R18", newDue: d("2029-03-31"))]
    }, .state("certified")),
  CycleCase(
    "restore with activities outstanding", Cycles.expired, .restore, on: "2028-09-01", .refused("R18")),
  CycleCase("lapse inside the window", Cycles.expired, .lapse, on: "2028-12-19", .refused("R18")),
  CycleCase("lapse after the window", Cycles.expired, .lapse, on: "2028-12-20", .state("lapsed")),
  CycleCase(
    "lapse inside a CB-extended window", Cycles.expired, .lapse, on: "2029-01-10",
    { $0.overrides = [cbOverride("R18", newDue: d("2029-03-31"))] }, .refused("R18")),
  // terminal
  CycleCase("withdrawn is terminal", Cycles.withdrawn, .reinstate, on: "2027-03-02", .refused("d1")),
  CycleCase("lapsed is terminal", Cycles.lapsed, .restore, on: "2029-03-02", .refused("d1")),
]

@Suite("Certification cycle machine (d1)")
struct CycleMachineTests {
  @Test(arguments: cycleTable)
  func transition(_ row: CycleCase) {
    let result = outcome({ $0.state.rawValue }) { () throws(Refusal) in
      try CycleMachine.transition(row.record, on: row.event, context: row.context)
    }
    #expect(result == row.expected)
  }

  @Test func everyStateAndEventIsCoveredByTheTable() {
    let states = Set(cycleTable.map(\.record.state))
    let events = Set(cycleTable.map(\.event))
    #expect(states == Set(CycleState.allCases))
    #expect(events == Set(CycleEvent.allCases))
  }

  @Test func structuralRefusalNamesThePossibleEvents() throws {
    let context = CycleContext(on: d("2025-02-01"))
    #expect(throws: Refusal.self) {
      try CycleMachine.transition(Cycles.applied, on: .grant, context: context)
    }
    let refusal = CycleMachine.blockers(Cycles.applied, on: .grant, context: context).first
    #expect(refusal?.rule == "d1")
    #expect(refusal?.message.contains("possible now: plan_stage1") == true)
    #expect(refusal?.overridable == false)
  }

  @Test func grantSetsCycleDatesWithTheDefaultExpiry() throws {
    var context = CycleContext(on: d("2025-06-20"))
    context.auditReportStored = true
    let result = try CycleMachine.transition(Cycles.decisionPending, on: .grant, context: context)
    #expect(result.record.decisionDate == d("2025-06-20"))
    #expect(result.record.cycleStart == d("2025-06-20"))
    #expect(result.record.expiry == d("2028-06-19"))
    #expect(result.record.surveillancesHeld == 0)
    #expect(result.record.phase == .recertification)
  }

  @Test(arguments: [
    ("2024-02-29", ExpiryConvention.dayBeforeThirdAnniversary, "2027-02-28"),
    ("2024-02-29", ExpiryConvention.thirdAnniversary, "2027-02-28"),
    ("2025-03-01", ExpiryConvention.dayBeforeThirdAnniversary, "2028-02-29"),
    ("2025-01-31", ExpiryConvention.dayBeforeThirdAnniversary, "2028-01-30"),
    ("2025-12-31", ExpiryConvention.thirdAnniversary, "2028-12-31"),
  ])
  func expiryConventions(decision: String, convention: ExpiryConvention, expiry: String) throws {
    var context = CycleContext(on: d(decision))
    context.auditReportStored = true
    context.policy.expiryConvention = convention
    let result = try CycleMachine.transition(Cycles.decisionPending, on: .grant, context: context)
    #expect(result.record.expiry == d(expiry))
    #expect(try #require(result.record.expiry) <= d(decision).adding(years: 3))
  }

  @Test func recertificationExpiryBuildsOnTheOldExpiry() throws {
    var context = CycleContext(on: d("2028-04-02"))
    context.auditReportStored = true
    let result = try CycleMachine.transition(Cycles.recertDecision, on: .grant, context: context)
    #expect(result.record.expiry == d("2031-06-19"))
    #expect(result.record.cycleStart == d("2028-04-02"))
    #expect(result.record.decisionDate == d("2028-04-02"))
  }

  @Test func restorationRecordsTheUncertifiedGap() throws {
    var context = CycleContext(on: d("2028-08-01"))
    context.recertificationActivitiesComplete = true
    let result = try CycleMachine.transition(Cycles.expired, on: .restore, context: context)
    #expect(result.record.uncertified == [DayRange(start: d("2028-06-20"), end: d("2028-07-31"))])
    #expect(result.record.expiry == d("2031-06-19"))
    #expect(result.record.decisionDate == d("2028-08-01"))
  }

  @Test func restorationTheDayAfterExpiryLeavesNoGap() throws {
    var context = CycleContext(on: d("2028-06-20"))
    context.recertificationActivitiesComplete = true
    let result = try CycleMachine.transition(Cycles.expired, on: .restore, context: context)
    #expect(result.record.uncertified.isEmpty)
  }

  @Test func overridesAreReportedForHistory() throws {
    var context = CycleContext(on: d("2025-08-01"))
    readyForStage2(&context)
    context.audit = DayRange(start: d("2025-10-01"))
    context.overrides = [cbOverride("R3")]
    let result = try CycleMachine.transition(Cycles.stage1Done, on: .planStage2, context: context)
    #expect(result.overridesApplied.map(\.rule) == ["R3"])
    #expect(result.warnings.contains { $0.rule == "R3" && $0.message.contains("CB letter 42") })
  }

  @Test(arguments: [("2025-06-08", false), ("2025-06-09", true)])
  func stage1AgeWarnsAfter90Days(stage2Start: String, warns: Bool) throws {
    var context = CycleContext(on: d("2025-05-01"))
    readyForStage2(&context)
    context.audit = DayRange(start: d(stage2Start))
    let result = try CycleMachine.transition(Cycles.stage1Done, on: .planStage2, context: context)
    #expect(result.warnings.contains { $0.rule == "R3" } == warns)
  }

  @Test func stage2MonthEndWindowClamps() throws {
    // Stage 1 ending 31 August: + 6 months is 28 February.
    let record = Cycles.with(Cycles.stage1Done) { $0.stage1LastDay = d("2025-08-31") }
    var context = CycleContext(on: d("2025-12-01"))
    readyForStage2(&context)
    context.audit = DayRange(start: d("2026-02-28"))
    #expect(CycleMachine.blockers(record, on: .planStage2, context: context).isEmpty)
    context.audit = DayRange(start: d("2026-03-01"))
    #expect(CycleMachine.blockers(record, on: .planStage2, context: context).map(\.rule) == ["R3"])
  }

  @Test func blockersListEveryRefusal() {
    var context = CycleContext(on: d("2025-03-20"))
    context.audit = DayRange(start: d("2025-04-14"))
    context.missingMandatoryDocuments = ["scope"]
    let rules = CycleMachine.blockers(Cycles.stage1Done, on: .planStage2, context: context).map(\.rule)
    #expect(rules == ["R4", "R4", "R34"])
  }

  @Test func recertificationWarnsInsideTheNinetyDayWindowAndWithFewSurveillances() throws {
    var context = CycleContext(on: d("2028-01-10"))
    context.audit = DayRange(start: d("2028-03-22"), end: d("2028-03-23"))
    let record = Cycles.with(Cycles.certified) { $0.surveillancesHeld = 1 }
    let result = try CycleMachine.transition(record, on: .planRecert, context: context)
    #expect(result.warnings.map(\.rule) == ["R15", "R13"])
    context.audit = DayRange(start: d("2028-03-21"), end: d("2028-03-23"))
    let onTime = try CycleMachine.transition(Cycles.certified, on: .planRecert, context: context)
    #expect(onTime.warnings.isEmpty)
  }

  @Test func refusalDescriptionMentionsOverride() {
    let refusal = Refusal(rule: "R15", message: "too late", overridable: true)
    #expect(refusal.description == "R15: too late (a recorded CB override for R15 can lift this)")
    #expect(refusal.errorDescription == refusal.description)
  }
}
