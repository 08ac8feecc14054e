import ISMSCore
import Testing

/// A certified cycle decided on `decision` with the default expiry, and its audits.
func certifiedSummary(
  decision: String, audits: [CycleAudit] = [], overrides: [Override] = [], findings: [FindingDeadline] = [],
  change: (inout CycleProgress) -> Void = { _ in }
) -> CycleSummary {
  let day = d(decision)
  var record = CycleProgress(
    state: .certified, stage1LastDay: d("2025-03-10"), stage2Start: d("2025-04-14"),
    stage2LastDay: d("2025-04-16"), decisionDate: day, cycleStart: day,
    expiry: ExpiryConvention.dayBeforeThirdAnniversary.expiry(forDecisionOn: day))
  change(&record)
  return CycleSummary(id: "CYC-1", record: record, audits: audits, findings: findings, overrides: overrides)
}

func surveillance(_ id: String, _ start: String, _ state: AuditState = .closed) -> CycleAudit {
  CycleAudit(
    id: id, type: .surveillance, dates: DayRange(start: d(start), end: d(start).adding(days: 1)), state: state
  )
}

func recert(_ start: String, _ state: AuditState = .scheduled) -> CycleAudit {
  CycleAudit(id: "AUD-RECERT", type: .recertification, dates: DayRange(start: d(start)), state: state)
}

/// `kind/year: status` for compact expectations.
func shape(_ schedule: CycleSchedule) -> [String] {
  schedule.surveillances.map { "\($0.year.map(String.init) ?? "first") \($0.due) \($0.status.rawValue)" }
}

@Suite("Cycle schedule: R12, R13, R15, R10, R18, R19 dates")
struct CycleScheduleTests {
  @Test func baselineProgrammeOfADecisionInJune() {
    let schedule = CycleSchedule.compute(certifiedSummary(decision: "2025-06-20"), today: d("2025-07-01"))
    #expect(schedule.recertificationYear == 2028)
    #expect(schedule.recertificationLatestStart == d("2028-03-21"))
    #expect(schedule.recertificationDeadline == d("2028-06-19"))
    #expect(
      shape(schedule) == [
        "first 2026-06-20 missing", "2026 2026-12-31 missing", "2027 2027-12-31 missing",
      ])
  }

  @Test(arguments: [("2026-06-20", "met"), ("2026-06-21", "late")])
  func firstSurveillanceAtTheTwelveMonthBoundary(held: String, status: String) {
    let summary = certifiedSummary(decision: "2025-06-20", audits: [surveillance("S1", held)])
    let first = CycleSchedule.compute(summary, today: d("2026-07-01")).surveillances.first
    #expect(first?.status.rawValue == status)
    #expect(first?.audit == "S1")
  }

  @Test(arguments: [("2025-02-28", "met"), ("2025-03-01", "late")])
  func leapDayDecisionClampsTheFirstSurveillance(held: String, status: String) {
    let summary = certifiedSummary(decision: "2024-02-29", audits: [surveillance("S1", held)])
    let schedule = CycleSchedule.compute(summary, today: d("2025-04-01"))
    #expect(summary.record.expiry == d("2027-02-28"))
    #expect(schedule.surveillances.first?.due == d("2025-02-28"))
    #expect(schedule.surveillances.first?.status.rawValue == status)
  }

  @Test func januaryDecisionOwesOneCalendarYearBeforeAnAutumnRecertification() {
    // Expiry 2028-01-09; the CONV latest recertification start 2027-10-11 makes 2027 the
    // recertification year, so only 2026 needs a surveillance (and R13 then warns).
    let schedule = CycleSchedule.compute(certifiedSummary(decision: "2025-01-10"), today: d("2025-02-01"))
    #expect(schedule.recertificationYear == 2027)
    #expect(shape(schedule) == ["first 2026-01-10 missing", "2026 2026-12-31 missing"])
  }

  @Test func aRecertificationPlannedInTheExpiryYearAddsASurveillanceYear() {
    let summary = certifiedSummary(decision: "2025-01-10", audits: [recert("2028-01-03")])
    let schedule = CycleSchedule.compute(summary, today: d("2025-02-01"))
    #expect(schedule.recertificationYear == 2028)
    #expect(shape(schedule).last == "2027 2027-12-31 missing")
  }

  @Test func decemberDecisionCalendarYearsAreStrictlyBetween() {
    // A surveillance on 2026-12-10 meets both the 12-month rule and the 2026 calendar year;
    // none is owed in 2025 (the decision year) or in 2028 (the recertification year).
    let summary = certifiedSummary(
      decision: "2025-12-15", audits: [surveillance("S1", "2026-12-10"), surveillance("S2", "2027-11-02")])
    let schedule = CycleSchedule.compute(summary, today: d("2027-12-01"))
    #expect(schedule.recertificationYear == 2028)
    #expect(
      shape(schedule)
        == ["2026 2026-12-31 met", "first 2026-12-15 met", "2027 2027-12-31 met"].sorted {
          $0.split(separator: " ")[1] < $1.split(separator: " ")[1]
        })
  }

  @Test func aYearWithoutSurveillanceIsOverdueOnlyAfterItsLastDay() {
    let summary = certifiedSummary(decision: "2025-06-20", audits: [surveillance("S1", "2026-05-10")])
    let onLastDay = CycleSchedule.compute(summary, today: d("2027-12-31"))
    #expect(onLastDay.surveillances.last?.status == .missing)
    let dayAfter = CycleSchedule.compute(summary, today: d("2028-01-01"))
    #expect(dayAfter.surveillances.last?.status == .overdue)
  }

  @Test func plannedSurveillanceStatuses() {
    let summary = certifiedSummary(
      decision: "2025-06-20", audits: [surveillance("S1", "2026-07-01", .scheduled)])
    let schedule = CycleSchedule.compute(summary, today: d("2026-05-01"))
    #expect(schedule.surveillances.map(\.status) == [.plannedLate, .planned, .missing])
  }

  @Test func cancelledAuditsDoNotCount() {
    let summary = certifiedSummary(
      decision: "2025-06-20", audits: [surveillance("S1", "2026-05-01", .cancelled)])
    #expect(CycleSchedule.compute(summary, today: d("2026-06-21")).surveillances.first?.status == .overdue)
  }

  @Test func r12OverrideMovesTheEarliestUnmetDueDate() {
    let summary = certifiedSummary(
      decision: "2025-06-20", audits: [surveillance("S1", "2026-09-15")],
      overrides: [cbOverride("R12", newDue: d("2026-09-30"))])
    let first = CycleSchedule.compute(summary, today: d("2026-10-01")).surveillances.first
    #expect(first?.due == d("2026-09-30"))
    #expect(first?.status == .met)
    #expect(first?.overriddenBy == "CB letter 42")
  }

  @Test func r12OverrideWithoutNewDueWaives() {
    let summary = certifiedSummary(decision: "2025-06-20", overrides: [cbOverride("R12")])
    #expect(CycleSchedule.compute(summary, today: d("2026-10-01")).surveillances.first?.status == .waived)
  }

  @Test func stage2EndAnchorIsStricter() {
    let summary = certifiedSummary(decision: "2025-06-20") { $0.anchor = .stage2End }
    let schedule = CycleSchedule.compute(summary, today: d("2025-07-01"))
    #expect(schedule.anchor == d("2025-04-16"))
    #expect(schedule.surveillances.first?.due == d("2026-04-16"))
  }

  @Test func monthEndWindows() {
    let suspended = certifiedSummary(decision: "2025-06-20") {
      $0.state = .suspended
      $0.suspendedOn = d("2026-08-31")
    }
    #expect(CycleSchedule.compute(suspended, today: d("2026-09-01")).suspensionLimit == d("2027-02-28"))
    let expired = certifiedSummary(decision: "2025-06-20") {
      $0.state = .expired
      $0.expiry = d("2028-08-31")
    }
    #expect(CycleSchedule.compute(expired, today: d("2028-09-01")).restoreWindowEnd == d("2029-02-28"))
    let ncs = CycleSummary(
      id: "CYC-1",
      record: CycleProgress(
        state: .ncResolution, stage1LastDay: d("2025-07-01"), stage2LastDay: d("2025-08-31")))
    #expect(CycleSchedule.compute(ncs, today: d("2025-09-01")).majorWindowEnd == d("2026-02-28"))
  }

  @Test func recertificationDeadlineFollowsACBExtension() {
    let summary = certifiedSummary(
      decision: "2025-06-20", overrides: [cbOverride("R15", newDue: d("2028-09-30"))])
    #expect(CycleSchedule.compute(summary, today: d("2028-01-01")).recertificationDeadline == d("2028-09-30"))
  }

  @Test func beforeCertificationThereIsNoSurveillanceProgramme() {
    let summary = CycleSummary(
      id: "CYC-1", record: CycleProgress(state: .stage1Done, stage1LastDay: d("2025-03-10")))
    let schedule = CycleSchedule.compute(summary, today: d("2025-04-01"))
    #expect(schedule.surveillances.isEmpty)
    #expect(schedule.recertificationDeadline == nil)
    #expect(schedule.stage2LatestStart == d("2025-09-10"))
  }
}

@Suite("The example cycle CYC-2025 (IAF ID 3 postponement)")
struct ExampleCycleTests {
  /// CYC-2025: decision 2025-06-20, surveillance 1 cancelled after water damage and postponed by
  /// the CB to no later than 2026-12-18, now planned for 2026-12-08/09.
  let summary = certifiedSummary(
    decision: "2025-06-20",
    audits: [
      surveillance("AUD-2026-SURV-01", "2026-06-16", .cancelled),
      surveillance("AUD-2026-SURV-02", "2026-12-08", .scheduled),
    ],
    overrides: [cbOverride("R12", newDue: d("2026-12-18"))])

  @Test func postponedSurveillanceIsPlannedNotOverdue() {
    let status = CycleStatus.evaluate(summary, today: d("2026-11-01"))
    #expect(status.alarms.isEmpty)
    let first = status.schedule.surveillances.first { $0.kind == .first }
    #expect(first?.due == d("2026-12-18"))
    #expect(first?.status == .planned)
    #expect(first?.audit == "AUD-2026-SURV-02")
    #expect(status.nextDue?.key == "surveillance-first")
    #expect(status.nextDue?.due == d("2026-12-18"))
  }

  @Test func withoutTheOverrideTheSameCycleIsOverdue() {
    let bare = CycleSummary(id: summary.id, record: summary.record, audits: summary.audits)
    let alarms = Alarms.evaluate(bare, today: d("2026-11-01"))
    #expect(alarms.map(\.kind) == [.surveillanceOverdue])
    #expect(alarms.first?.severity == .error)
  }
}
