import ISMSCore
import Testing

/// One row of the d3 table.
struct FindingCase: Sendable, CustomTestStringConvertible {
  let name: String
  let record: FindingProgress
  let event: FindingEvent
  let context: FindingContext
  let expected: Expected

  init(
    _ name: String, _ record: FindingProgress, _ event: FindingEvent, on: String = "2026-03-01",
    _ configure: (inout FindingContext) -> Void = { _ in }, expect expected: Expected
  ) {
    self.name = name
    self.record = record
    self.event = event
    var context = FindingContext(on: d(on))
    configure(&context)
    self.context = context
    self.expected = expected
  }

  var testDescription: String {
    "\(record.origin.rawValue) \(record.grade.rawValue) \(record.state.rawValue) —\(event.rawValue)→ \(expected): \(name)"
  }
}

func nc(_ state: FindingState, _ grade: FindingGrade = .minor, _ origin: FindingOrigin = .internal)
  -> FindingProgress
{
  FindingProgress(state: state, grade: grade, origin: origin, due: d("2026-05-01"))
}

func plan(_ context: inout FindingContext) {
  context.correction = "access revoked"
  context.rootCause = "no review owner (5 whys)"
  context.actions = [PlannedAction(action: "assign owner", owner: "jdoe", due: d("2026-04-01"))]
}

let implementedInternal = FindingProgress(
  state: .implemented, grade: .minor, origin: .internal, due: d("2026-05-01"), implementedOn: d("2026-03-01"))

let findingTable: [FindingCase] = [
  FindingCase(
    "correction recorded", nc(.opened), .contain, { $0.correction = "revoked" }, expect: .state("contained")),
  FindingCase(
    "no correction possible, with reason", nc(.opened), .contain,
    { $0.correctionImpossibleReason = "data already disclosed" }, expect: .state("contained")),
  FindingCase("no correction", nc(.opened), .contain, expect: .refused("R50")),
  FindingCase(
    "cause analysed", nc(.contained), .analyseCause,
    {
      $0.rootCause = "no owner"
      $0.similarNCCheck = "checked 3 systems, none"
    }, expect: .state("cause_analysed")),
  FindingCase(
    "no similar-NC check", nc(.contained), .analyseCause, { $0.rootCause = "no owner" },
    expect: .refused("R50")),
  FindingCase(
    "no root cause", nc(.contained), .analyseCause, { $0.similarNCCheck = "none" }, expect: .refused("R50")),
  FindingCase(
    "rejected plan back to analysis", nc(.rejectedPlan), .analyseCause,
    {
      $0.rootCause = "deeper cause"
      $0.similarNCCheck = "none"
    }, expect: .state("cause_analysed")),
  FindingCase(
    "reopened back to analysis", nc(.reopened), .analyseCause,
    {
      $0.rootCause = "deeper cause"
      $0.similarNCCheck = "none"
    }, expect: .state("cause_analysed")),
  FindingCase("actions planned", nc(.causeAnalysed), .planActions, plan, expect: .state("action_planned")),
  FindingCase("no action", nc(.causeAnalysed), .planActions, expect: .refused("R50")),
  FindingCase(
    "action without owner", nc(.causeAnalysed), .planActions,
    { $0.actions = [PlannedAction(action: "fix", owner: nil, due: d("2026-04-01"))] }, expect: .refused("R50")
  ),
  FindingCase(
    "action without date", nc(.causeAnalysed), .planActions,
    { $0.actions = [PlannedAction(action: "fix", owner: "jdoe", due: nil)] }, expect: .refused("R50")),
  FindingCase(
    "external plan submitted", nc(.actionPlanned, .minor, .external), .submitPlan, plan,
    expect: .state("plan_submitted")),
  FindingCase(
    "external plan without correction", nc(.actionPlanned, .minor, .external), .submitPlan,
    {
      plan(&$0)
      $0.correction = nil
    }, expect: .refused("R7")),
  FindingCase(
    "external plan without root cause", nc(.actionPlanned, .major, .external), .submitPlan,
    {
      plan(&$0)
      $0.rootCause = ""
    }, expect: .refused("R7")),
  FindingCase(
    "internal plans are not submitted", nc(.actionPlanned), .submitPlan, plan, expect: .refused("d3")),
  FindingCase(
    "CB accepts plan", nc(.planSubmitted, .minor, .external), .acceptPlan, expect: .state("plan_accepted")),
  FindingCase("internal accept_plan", nc(.actionPlanned), .acceptPlan, expect: .refused("d3")),
  FindingCase(
    "CB rejects plan", nc(.planSubmitted, .major, .external), .rejectPlan,
    { $0.reason = "cause too shallow" },
    expect: .state("rejected_plan")),
  FindingCase(
    "reviewer rejects internal plan", nc(.actionPlanned), .rejectPlan, { $0.reason = "no owner" },
    expect: .state("rejected_plan")),
  FindingCase(
    "rejection without reason", nc(.planSubmitted, .major, .external), .rejectPlan, expect: .refused("d3")),
  FindingCase(
    "internal implemented", nc(.actionPlanned), .implement, { $0.implementationEvidence = ["PR #12"] },
    expect: .state("implemented")),
  FindingCase("no evidence", nc(.actionPlanned), .implement, expect: .refused("R50")),
  FindingCase(
    "external implemented after acceptance", nc(.planAccepted, .major, .external), .implement,
    { $0.implementationEvidence = ["PR #12"] }, expect: .state("implemented")),
  FindingCase(
    "external implemented before the CB accepted", nc(.actionPlanned, .major, .external), .implement,
    { $0.implementationEvidence = ["PR #12"] }, expect: .refused("R7")),
  // verification (R55, R8, R53)
  FindingCase(
    "internal verified after the soak period", implementedInternal, .verify, on: "2026-03-31",
    {
      $0.verifiedBy = "kfischer"
      $0.implementers = ["jdoe"]
    }, expect: .state("verified")),
  FindingCase(
    "internal verified a day too early", implementedInternal, .verify, on: "2026-03-30",
    {
      $0.verifiedBy = "kfischer"
      $0.implementers = ["jdoe"]
    }, expect: .refused("R55")),
  FindingCase(
    "internal verified by the implementer", implementedInternal, .verify, on: "2026-04-30",
    {
      $0.verifiedBy = "jdoe"
      $0.implementers = ["jdoe"]
    }, expect: .refused("R55")),
  FindingCase(
    "internal verification without verifier", implementedInternal, .verify, on: "2026-04-30",
    expect: .refused("R55")),
  FindingCase(
    "external major verified by the CB", nc(.implemented, .major, .external), .verify,
    { $0.cbVerification = CBVerification(method: .limitedAudit, on: d("2026-03-01")) },
    expect: .state("verified")),
  FindingCase(
    "external major without CB record", nc(.implemented, .major, .external), .verify,
    { $0.verifiedBy = "kfischer" }, expect: .refused("R8")),
  FindingCase(
    "external minor verified at the next audit", nc(.implemented, .minor, .external), .verify,
    { $0.cbVerification = CBVerification(method: .nextAudit, on: d("2026-03-01"), audit: "AUD-2026-SURV") },
    expect: .state("verified")),
  FindingCase(
    "external minor verified outside an audit", nc(.implemented, .minor, .external), .verify,
    { $0.cbVerification = CBVerification(method: .documentary, on: d("2026-03-01")) }, expect: .refused("R53")
  ),
  FindingCase(
    "external minor verified early by the CB", nc(.implemented, .minor, .external), .verify,
    {
      $0.cbVerification = CBVerification(method: .documentary, on: d("2026-03-01"))
      $0.overrides = [cbOverride("R53")]
    }, expect: .state("verified")),
  FindingCase("verify before implementation", nc(.actionPlanned), .verify, expect: .refused("d3")),
  // close, void, escalate, reopen
  FindingCase("closed", nc(.verified), .close, { $0.ismsChange = "none needed" }, expect: .state("closed")),
  FindingCase("closed without 10.2 e", nc(.verified), .close, expect: .refused("R50")),
  FindingCase(
    "close before verification", nc(.implemented), .close, { $0.ismsChange = "x" }, expect: .refused("d3")),
  FindingCase(
    "OFI considered and closed", nc(.opened, .ofi, .external), .close, { $0.reason = "noted for 2027 plan" },
    expect: .state("closed")),
  FindingCase(
    "OFI closed without a note", nc(.opened, .observation, .external), .close, expect: .refused("R54")),
  FindingCase(
    "OFI needs no containment", nc(.opened, .ofi, .external), .contain, { $0.correction = "x" },
    expect: .refused("R54")),
  FindingCase(
    "void with justification and approver", nc(.actionPlanned, .major, .external), .void,
    {
      $0.justification = "appeal upheld"
      $0.approver = "mweber"
    }, expect: .state("void")),
  FindingCase(
    "void without approver", nc(.opened), .void, { $0.justification = "duplicate" }, expect: .refused("d3")),
  FindingCase(
    "void without justification", nc(.opened), .void, { $0.approver = "mweber" }, expect: .refused("d3")),
  FindingCase("void is terminal", nc(.void), .reopen, { $0.reason = "x" }, expect: .refused("d3")),
  FindingCase(
    "minor escalated", nc(.planAccepted, .minor, .external), .escalate, { $0.reason = "recurred" },
    expect: .state("escalated")),
  FindingCase(
    "minor escalated without a reason", nc(.opened, .minor, .external), .escalate, expect: .refused("R53")),
  FindingCase(
    "major cannot be escalated", nc(.opened, .major, .external), .escalate, expect: .refused("R53")),
  FindingCase(
    "escalated is terminal", nc(.escalated), .contain, { $0.correction = "x" }, expect: .refused("d3")),
  FindingCase(
    "effectiveness check failed", nc(.implemented), .reopen, { $0.reason = "access review skipped again" },
    expect: .state("reopened")),
  FindingCase(
    "recurred after closing", nc(.closed), .reopen, { $0.reason = "recurred" }, expect: .state("reopened")),
  FindingCase(
    "reopen verified", nc(.verified), .reopen, { $0.reason = "recurred" }, expect: .state("reopened")),
  FindingCase("reopen without reason", nc(.closed), .reopen, expect: .refused("d3")),
  FindingCase("reopen an open NC", nc(.contained), .reopen, { $0.reason = "x" }, expect: .refused("d3")),
]

@Suite("Nonconformity machine (d3)")
struct FindingMachineTests {
  @Test(arguments: findingTable)
  func transition(_ row: FindingCase) {
    let result = outcome({ $0.state.rawValue }) { () throws(Refusal) in
      try FindingMachine.transition(row.record, on: row.event, context: row.context)
    }
    #expect(result == row.expected)
  }

  @Test func everyStateAndEventIsCoveredByTheTable() {
    #expect(Set(findingTable.map(\.record.state)) == Set(FindingState.allCases))
    #expect(Set(findingTable.map(\.event)) == Set(FindingEvent.allCases))
  }

  @Test func reopenIncrementsRecurrenceAndClearsDates() throws {
    var context = FindingContext(on: d("2026-06-01"))
    context.reason = "recurred"
    let closed = FindingProgress(
      state: .closed, grade: .minor, origin: .internal, implementedOn: d("2026-03-01"),
      verifiedOn: d("2026-04-01"), recurrence: 1)
    let result = try FindingMachine.transition(closed, on: .reopen, context: context)
    #expect(result.record.recurrence == 2)
    #expect(result.record.implementedOn == nil)
    #expect(result.record.verifiedOn == nil)
  }

  @Test func implementationAndVerificationSetDates() throws {
    var context = FindingContext(on: d("2026-03-01"))
    context.implementationEvidence = ["PR #1"]
    let implemented = try FindingMachine.transition(nc(.actionPlanned), on: .implement, context: context)
    #expect(implemented.record.implementedOn == d("2026-03-01"))
    context.on = d("2026-03-31")
    context.verifiedBy = "kfischer"
    let verified = try FindingMachine.transition(implemented.record, on: .verify, context: context)
    #expect(verified.record.verifiedOn == d("2026-03-31"))
  }

  @Test func lateWorkWarnsWithTheDeadlineRule() throws {
    var context = FindingContext(on: d("2026-05-02"))
    context.implementationEvidence = ["PR #1"]
    let result = try FindingMachine.transition(
      nc(.planAccepted, .major, .external), on: .implement, context: context)
    #expect(result.warnings.map(\.rule) == ["R52"])
  }

  @Test(arguments: [
    (FindingGrade.major, FindingOrigin.external, "2026-05-12"),
    (.minor, .external, "2026-03-13"),
    (.major, .internal, "2026-03-13"),
    (.minor, .internal, "2026-05-12"),
  ])
  func defaultDueDates(grade: FindingGrade, origin: FindingOrigin, due: String) {
    #expect(FindingPolicy().defaultDue(grade: grade, origin: origin, raisedOn: d("2026-02-11")) == d(due))
  }

  @Test func dueDatesRespectHardLimitsAndConfiguration() {
    var policy = FindingPolicy()
    #expect(policy.defaultDue(grade: .ofi, origin: .external, raisedOn: d("2026-02-11")) == nil)
    #expect(
      policy.defaultDue(
        grade: .major, origin: .external, raisedOn: d("2028-05-01"), hardLimit: d("2028-06-19"))
        == d("2028-06-19"))
    policy.majorDays = 30
    #expect(policy.defaultDue(grade: .major, origin: .external, raisedOn: d("2026-01-31")) == d("2026-03-02"))
  }
}
