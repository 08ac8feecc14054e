import ISMSCore
import Testing

/// One row of the d2 table.
struct AuditCase: Sendable, CustomTestStringConvertible {
  let name: String
  let record: AuditProgress
  let event: AuditEvent
  let context: AuditContext
  let expected: Expected

  init(
    _ name: String, _ state: AuditState, _ type: AuditType, _ event: AuditEvent,
    _ configure: (inout AuditContext) -> Void = { _ in }, expect expected: Expected
  ) {
    self.name = name
    self.record = AuditProgress(state: state, type: type)
    self.event = event
    var context = AuditContext(on: d("2026-02-09"))
    configure(&context)
    self.context = context
    self.expected = expected
  }

  var testDescription: String {
    "\(record.type.rawValue) \(record.state.rawValue) —\(event.rawValue)→ \(expected): \(name)"
  }
}

/// An independent internal audit team for the engineering area.
func independentTeam(_ context: inout AuditContext) {
  context.auditors = [AuditorAreas(person: "kfischer", areas: ["finance"])]
  context.auditedAreas = ["engineering"]
}

let auditTable: [AuditCase] = [
  AuditCase("plan issued", .planned, .internal, .schedule, independentTeam, expect: .state("scheduled")),
  AuditCase(
    "lead auditor owns the area", .planned, .internal, .schedule,
    {
      independentTeam(&$0)
      $0.auditors[0] = AuditorAreas(person: "kfischer", areas: ["Engineering"])
    }, expect: .refused("R48")),
  AuditCase(
    "a team member owns the area", .planned, .internal, .schedule,
    {
      independentTeam(&$0)
      $0.auditors.append(AuditorAreas(person: "jdoe", areas: ["engineering", "ops"]))
    }, expect: .refused("R48")),
  AuditCase(
    "external auditors are not checked against owners", .planned, .surveillance, .schedule,
    {
      $0.auditors = [AuditorAreas(person: "cb-auditor", areas: ["engineering"])]
      $0.auditedAreas = ["engineering"]
    }, expect: .state("scheduled")),
  AuditCase(
    "plan incomplete", .planned, .internal, .schedule,
    {
      independentTeam(&$0)
      $0.missingPlanItems = ["criteria"]
    }, expect: .refused("d2")),
  AuditCase("no auditor", .planned, .stage1, .schedule, expect: .refused("d2")),
  AuditCase("opening meeting", .scheduled, .internal, .start, expect: .state("in_progress")),
  AuditCase("closing meeting", .inProgress, .internal, .finishFieldwork, expect: .state("fieldwork_done")),
  AuditCase(
    "internal report to management", .fieldworkDone, .internal, .report, { $0.reportedTo = ["mweber"] },
    expect: .state("reported")),
  AuditCase("internal report to nobody", .fieldworkDone, .internal, .report, expect: .refused("R48")),
  AuditCase(
    "stage 1 report complete", .fieldworkDone, .stage1, .report,
    {
      $0.conclusionRecorded = true
      $0.concernsRecorded = true
    }, expect: .state("reported")),
  AuditCase(
    "stage 1 report without conclusion", .fieldworkDone, .stage1, .report, { $0.concernsRecorded = true },
    expect: .refused("R2")),
  AuditCase(
    "stage 1 report without concern list", .fieldworkDone, .stage1, .report, { $0.conclusionRecorded = true },
    expect: .refused("R2")),
  AuditCase(
    "stage 2 report with an ungraded finding", .fieldworkDone, .stage2, .report, { $0.findings = [ungraded] },
    expect: .refused("R6")),
  AuditCase(
    "surveillance report", .fieldworkDone, .surveillance, .report, { $0.findings = [minor, ofi] },
    expect: .state("reported")),
  AuditCase(
    "external close with plans accepted", .reported, .stage2, .close,
    { $0.findings = [acceptedMinor, verifiedMajor, ofi] }, expect: .state("closed")),
  AuditCase(
    "external close with a plan only submitted", .reported, .recertification, .close,
    { $0.findings = [minor] }, expect: .refused("d2")),
  AuditCase(
    "external close ignores void findings", .reported, .special, .close,
    { $0.findings = [FindingSummary(id: "NC-3", grade: .major, state: .void)] }, expect: .state("closed")),
  AuditCase(
    "internal close with actions planned", .reported, .internal, .close,
    { $0.findings = [FindingSummary(id: "NC-4", grade: .minor, state: .actionPlanned)] },
    expect: .state("closed")),
  AuditCase(
    "internal close with a finding just opened", .reported, .internal, .close,
    { $0.findings = [FindingSummary(id: "NC-4", grade: .minor, state: .contained)] }, expect: .refused("d2")),
  AuditCase(
    "cancel with a reason", .scheduled, .internal, .cancel, { $0.reason = "auditor ill" },
    expect: .state("cancelled")),
  AuditCase(
    "cancel a planned audit", .planned, .stage1, .cancel, { $0.reason = "CB change" },
    expect: .state("cancelled")),
  AuditCase(
    "cancel in progress", .inProgress, .surveillance, .cancel, { $0.reason = "x" },
    expect: .state("cancelled")),
  AuditCase(
    "cancel after fieldwork", .fieldworkDone, .internal, .cancel, { $0.reason = "x" },
    expect: .state("cancelled")),
  AuditCase(
    "cancel after report", .reported, .internal, .cancel, { $0.reason = "x" }, expect: .state("cancelled")),
  AuditCase("cancel without a reason", .scheduled, .internal, .cancel, expect: .refused("d2")),
  AuditCase(
    "cancel a closed audit", .closed, .internal, .cancel, { $0.reason = "x" }, expect: .refused("d2")),
  AuditCase("reopen a cancelled audit", .cancelled, .internal, .start, expect: .refused("d2")),
  AuditCase(
    "report before fieldwork", .scheduled, .internal, .report, { $0.reportedTo = ["m"] },
    expect: .refused("d2")),
]

@Suite("Audit machine (d2)")
struct AuditMachineTests {
  @Test(arguments: auditTable)
  func transition(_ row: AuditCase) {
    let result = outcome({ $0.state.rawValue }) { () throws(Refusal) in
      try AuditMachine.transition(row.record, on: row.event, context: row.context)
    }
    #expect(result == row.expected)
  }

  @Test func everyStateAndEventIsCoveredByTheTable() {
    #expect(Set(auditTable.map(\.record.state)) == Set(AuditState.allCases))
    #expect(Set(auditTable.map(\.event)) == Set(AuditEvent.allCases))
    #expect(Set(auditTable.map(\.record.type)) == Set(AuditType.allCases))
  }

  @Test func independenceRefusalNamesTheConflict() {
    var context = AuditContext(on: d("2026-02-01"))
    context.auditors = [AuditorAreas(person: "jdoe", areas: ["engineering"])]
    context.auditedAreas = ["engineering"]
    let refusal = AuditMachine.blockers(
      AuditProgress(state: .planned, type: .internal), on: .schedule, context: context)
    #expect(refusal.map(\.message).first?.contains("jdoe owns engineering") == true)
    #expect(refusal.first?.overridable == false)
  }
}
