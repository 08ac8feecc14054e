import Foundation
import ISMSCore
import Testing

func kinds(_ alarms: [Alarm]) -> [String] { alarms.map { "\($0.kind.rawValue):\($0.severity.rawValue)" } }

@Suite("Alarms and cycle status")
struct AlarmsTests {
  @Test(arguments: [
    ("2026-06-20", [String]()),
    ("2026-06-21", ["surveillance_overdue:error"]),
  ])
  func surveillanceOverdueTheDayAfterTheDueDate(today: String, expected: [String]) {
    let summary = certifiedSummary(
      decision: "2025-06-20", audits: [surveillance("S1", "2026-06-01", .scheduled)])
    let alarms = Alarms.evaluate(summary, today: d(today)).filter { $0.kind == .surveillanceOverdue }
    #expect(kinds(alarms) == expected)
  }

  @Test func surveillancePlannedLateIsAnError() {
    let summary = certifiedSummary(
      decision: "2025-06-20", audits: [surveillance("S1", "2026-07-01", .scheduled)])
    let alarm = Alarms.evaluate(summary, today: d("2026-03-01")).first { $0.kind == .surveillanceOverdue }
    #expect(alarm?.severity == .error)
    #expect(alarm?.subject == "S1")
    #expect(alarm?.rule == "R12")
  }

  @Test(arguments: [
    ("2028-02-20", [String]()),
    ("2028-02-21", ["recert_at_risk:warning"]),
    ("2028-06-19", ["recert_at_risk:error"]),
  ])
  func recertificationAtRiskFrom120Days(today: String, expected: [String]) {
    let audits = [surveillance("S1", "2026-05-01"), surveillance("S2", "2027-05-01")]
    let summary = certifiedSummary(decision: "2025-06-20", audits: audits)
    #expect(kinds(Alarms.evaluate(summary, today: d(today)).filter { $0.kind == .recertAtRisk }) == expected)
  }

  @Test func recertificationPlannedInsideTheNinetyDaysWarns() {
    let audits = [surveillance("S1", "2026-05-01"), surveillance("S2", "2027-05-01"), recert("2028-04-01")]
    let alarm = Alarms.evaluate(
      certifiedSummary(decision: "2025-06-20", audits: audits), today: d("2028-01-01"))
    #expect(kinds(alarm) == ["recert_at_risk:warning"])
  }

  @Test(arguments: [
    ("2026-02-14", [String]()),
    ("2026-02-15", ["major_window_closing:warning"]),
    ("2026-03-01", ["major_window_closing:error"]),
  ])
  func majorWindowClosingAtDayGranularity(today: String, expected: [String]) {
    let record = CycleProgress(
      state: .ncResolution, stage1LastDay: d("2025-07-01"), stage2LastDay: d("2025-08-31"))
    let major = FindingDeadline(
      id: "NC-1", grade: .major, origin: .external, state: .planAccepted, due: d("2026-12-31"))
    let summary = CycleSummary(id: "CYC-1", record: record, findings: [major])
    #expect(kinds(Alarms.evaluate(summary, today: d(today))) == expected)
  }

  @Test func findingResponseDeadlineClosing() {
    let major = FindingDeadline(
      id: "NC-7", grade: .major, origin: .external, state: .opened, due: d("2026-08-10"))
    let verified = FindingDeadline(
      id: "NC-8", grade: .major, origin: .external, state: .verified, due: d("2026-08-10"))
    let summary = certifiedSummary(
      decision: "2025-06-20", audits: [surveillance("S1", "2026-05-01")], findings: [major, verified])
    let alarms = Alarms.evaluate(summary, today: d("2026-07-28")).filter { $0.kind == .majorWindowClosing }
    #expect(alarms.map(\.subject) == ["NC-7"])
    #expect(alarms.first?.rule == "R52")
  }

  @Test(arguments: [
    ("2025-06-08", [String]()),
    ("2025-06-09", ["stage1_stale:warning"]),
    ("2025-09-10", ["stage1_stale:warning"]),
    ("2025-09-11", ["stage1_stale:error"]),
  ])
  func stage1Stale(today: String, expected: [String]) {
    let summary = CycleSummary(
      id: "CYC-1", record: CycleProgress(state: .stage1Done, stage1LastDay: d("2025-03-10")))
    #expect(kinds(Alarms.evaluate(summary, today: d(today))) == expected)
  }

  @Test func stage1ConfirmedByTheCBIsOnlyAWarning() {
    let summary = CycleSummary(
      id: "CYC-1", record: CycleProgress(state: .stage1Done, stage1LastDay: d("2025-03-10")),
      overrides: [cbOverride("R3")])
    #expect(kinds(Alarms.evaluate(summary, today: d("2025-10-01"))) == ["stage1_stale:warning"])
  }

  @Test(arguments: [("2027-03-01", "warning"), ("2027-03-02", "error")])
  func withdrawalRisk(today: String, severity: String) {
    let summary = certifiedSummary(decision: "2025-06-20", audits: [surveillance("S1", "2026-05-01")]) {
      $0.state = .suspended
      $0.suspendedOn = d("2026-09-01")
    }
    let alarm = Alarms.evaluate(summary, today: d(today)).first { $0.kind == .withdrawalRisk }
    #expect(alarm?.severity.rawValue == severity)
    #expect(alarm?.due == d("2027-03-01"))
  }

  @Test func expiredCertificateStillShownAsCertified() {
    let audits = [
      surveillance("S1", "2026-05-01"), surveillance("S2", "2027-05-01"), recert("2028-03-01", .reported),
    ]
    let summary = certifiedSummary(decision: "2025-06-20", audits: audits) { $0.state = .recertDone }
    let alarms = Alarms.evaluate(summary, today: d("2028-06-20"))
    #expect(alarms.contains { $0.kind == .certificateExpired && $0.severity == .error })
  }

  @Test func restoreWindow() {
    let summary = certifiedSummary(decision: "2025-06-20") { $0.state = .expired }
    #expect(kinds(Alarms.evaluate(summary, today: d("2028-12-19"))) == ["restore_window_closing:warning"])
    #expect(kinds(Alarms.evaluate(summary, today: d("2028-12-20"))) == ["restore_window_closing:error"])
  }

  @Test func statusOfACertifiedCycle() throws {
    let summary = certifiedSummary(decision: "2025-06-20", audits: [surveillance("S1", "2026-05-10")])
    let status = CycleStatus.evaluate(summary, today: d("2027-01-15"))
    #expect(status.certified)
    #expect(status.certificationYear == 1)
    #expect(status.nextEvent == .holdSurveillance)
    #expect(status.nextDue?.key == "surveillance-2027")
    #expect(status.nextDue?.due == d("2027-12-31"))
    #expect(status.alarms.isEmpty)
    #expect(status.upcoming.map(\.key) == ["surveillance-2027", "recertification-audit", "expiry"])
  }

  @Test func statusListsBlockersFromReadiness() {
    let summary = CycleSummary(
      id: "CYC-1", record: CycleProgress(state: .stage1Done, stage1LastDay: d("2025-03-10")))
    var readiness = CycleContext(on: d("2025-03-20"))
    readiness.audit = DayRange(start: d("2025-04-14"))
    readiness.lastInternalAuditCompleted = d("2025-02-01")
    let status = CycleStatus.evaluate(summary, today: d("2025-03-20"), readiness: readiness)
    #expect(status.blockers.map(\.rule) == ["R4"])
    #expect(status.blockers.first?.event == .planStage2)
    #expect(!status.certified)
  }

  @Test func suspendedCycleIsNotCertified() {
    let summary = certifiedSummary(decision: "2025-06-20") {
      $0.state = .suspended
      $0.suspendedOn = d("2026-09-01")
    }
    let status = CycleStatus.evaluate(summary, today: d("2026-10-01"))
    #expect(!status.certified)
    #expect(status.nextEvent == .reinstate)
    #expect(status.upcoming.contains { $0.key == "suspension-limit" && $0.due == d("2027-03-01") })
  }

  @Test func statusEncodesWithStableSnakeCaseKeys() throws {
    let summary = certifiedSummary(decision: "2025-06-20")
    let status = CycleStatus.evaluate(summary, today: d("2026-07-01"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try #require(String(data: try encoder.encode(status), encoding: .utf8))
    for key in [
      "\"alarms\"", "\"blockers\"", "\"certification_year\"", "\"cycle\"", "\"decision_date\"", "\"expiry\"",
      "\"next_due\"", "\"next_event\"", "\"phase\"", "\"schedule\"", "\"recertification_latest_start\"",
      "\"surveillances\"", "\"today\":\"2026-07-01\"", "\"state\":\"certified\"",
      "\"kind\":\"surveillance_overdue\"",
    ] {
      #expect(json.contains(key), "missing \(key)")
    }
    let decoded = try JSONDecoder().decode(CycleStatus.self, from: Data(json.utf8))
    #expect(decoded == status)
  }
}
