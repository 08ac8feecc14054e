import ISMSCore
import Testing

func internalAudit(
  _ id: String, _ day: String, clauses: [String], controls: [String] = [], completed: Bool = true
) -> InternalAuditCoverage {
  InternalAuditCoverage(id: id, day: d(day), completed: completed, clauses: clauses, controls: controls)
}

@Suite("Internal audit programme coverage (R48) and management review checklist (R49, R51)")
struct ProgrammeCoverageTests {
  let window = DayRange(start: d("2025-06-20"), end: d("2028-06-19"))

  @Test func clausesCoveredInTheLastTwelveMonths() {
    let audits = [
      internalAudit("IA-1", "2025-03-01", clauses: ["4", "5", "6", "7"]),
      internalAudit("IA-2", "2026-02-11", clauses: ["8", "9.1", "9.2", "10"]),
    ]
    let coverage = ProgrammeCoverage.compute(
      audits: audits, applicableControls: [], today: d("2026-03-02"), cycleWindow: window)
    #expect(
      coverage.clausesUncoveredLast12Months == [
        "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1",
        "6.2", "6.3", "7.1", "7.2", "7.3", "7.4", "7.5", "9.3",
      ])
  }

  @Test(arguments: [("2026-03-01", true), ("2026-03-02", false)])
  func twelveMonthWindowIsInclusive(today: String, covered: Bool) {
    let audits = [internalAudit("IA-1", "2025-03-01", clauses: ["4", "5", "6", "7", "8", "9", "10"])]
    let coverage = ProgrammeCoverage.compute(
      audits: audits, applicableControls: [], today: d(today), cycleWindow: window)
    #expect(coverage.clausesUncoveredLast12Months.isEmpty == covered)
  }

  @Test func descendantsAndAncestorsCount() {
    let audits = [internalAudit("IA-1", "2026-01-10", clauses: ["6.1.2"], controls: ["A.5", "a.8.8"])]
    let coverage = ProgrammeCoverage.compute(
      audits: audits, applicableControls: ["A.5.1", "A.5.15", "A.8.8", "A.8.9"], clauses: ["6.1", "6.2"],
      today: d("2026-02-01"), cycleWindow: window)
    #expect(coverage.clausesUncoveredLast12Months == ["6.2"])
    #expect(coverage.controlsUncoveredInCycle == ["A.8.9"])
  }

  @Test func plannedAuditsAndAuditsOutsideTheCycleDoNotCount() {
    let audits = [
      internalAudit("IA-0", "2025-06-19", clauses: [], controls: ["A.5.1"]),
      internalAudit("IA-9", "2026-05-01", clauses: [], controls: ["A.5.2"], completed: false),
      internalAudit("IA-1", "2025-06-20", clauses: [], controls: ["A.5.3"]),
    ]
    let coverage = ProgrammeCoverage.compute(
      audits: audits, applicableControls: ["A.5.1", "A.5.2", "A.5.3"], today: d("2026-06-01"),
      cycleWindow: window)
    #expect(coverage.controlsUncoveredInCycle == ["A.5.1", "A.5.2"])
  }

  @Test func fullPassBeforeStage2() {
    let audits = [
      internalAudit("IA-1", "2025-01-20", clauses: ["4", "5", "6", "7", "8", "9", "10"], controls: ["A.5"]),
      internalAudit("IA-2", "2025-05-19", clauses: [], controls: ["A.8"]),
    ]
    let controls = ["A.5.1", "A.8.8"]
    let before = ProgrammeCoverage.compute(
      audits: audits, applicableControls: controls, today: d("2025-06-01"), cycleWindow: window,
      stage2Start: d("2025-05-19"))
    #expect(before.fullPassBeforeStage2 == false)
    #expect(before.uncoveredBeforeStage2 == ["A.8.8"])
    let after = ProgrammeCoverage.compute(
      audits: audits, applicableControls: controls, today: d("2025-06-01"), cycleWindow: window,
      stage2Start: d("2025-05-20"))
    #expect(after.fullPassBeforeStage2 == true)
    let none = ProgrammeCoverage.compute(
      audits: audits, applicableControls: controls, today: d("2025-06-01"), cycleWindow: window)
    #expect(none.fullPassBeforeStage2 == nil)
  }

  @Test func managementReviewChecklist() {
    var inputs = Dictionary(uniqueKeysWithValues: ReviewInput.allCases.map { ($0.rawValue, "discussed") })
    inputs["objectives"] = "  "
    inputs.removeValue(forKey: "interested_parties")
    let decisions = [
      ReviewAction(id: "MR-2-D1", decision: "fund SIEM", owner: "jdoe", due: d("2026-09-30"), status: .open),
      ReviewAction(id: "MR-2-D2", decision: "hire", owner: nil, due: d("2026-12-31"), status: .open),
      ReviewAction(id: "MR-2-D3", decision: "drop X", owner: nil, due: nil, status: .dropped),
    ]
    let previous = [
      ReviewAction(id: "MR-1-D1", decision: "a", owner: "jdoe", due: d("2026-03-01"), status: .open),
      ReviewAction(id: "MR-1-D2", decision: "b", owner: "jdoe", due: d("2026-03-31"), status: .open),
      ReviewAction(id: "MR-1-D3", decision: "c", owner: "jdoe", due: d("2026-01-31"), status: .done),
    ]
    let checklist = ManagementReviewChecklist.evaluate(
      inputs: inputs, decisions: decisions, topManagementPresent: true, previousDecisions: previous,
      today: d("2026-03-12"))
    #expect(checklist.items.count == 10)
    #expect(checklist.items.map(\.clause).first == "9.3.2 a")
    #expect(checklist.missingInputs == [.interestedParties, .objectives])
    #expect(checklist.actions.map(\.id) == ["MR-2-D1", "MR-2-D2"])
    #expect(checklist.untrackableDecisions == ["MR-2-D2"])
    #expect(checklist.previousActionsOpen == ["MR-1-D1", "MR-1-D2"])
    #expect(checklist.previousActionsOverdue == ["MR-1-D1"])
    #expect(!checklist.isComplete)
  }

  @Test func completeManagementReview() {
    let inputs = Dictionary(uniqueKeysWithValues: ReviewInput.allCases.map { ($0.rawValue, "ok") })
    let decision = ReviewAction(id: "D1", decision: "x", owner: "jdoe", due: d("2026-06-30"), status: .open)
    let checklist = ManagementReviewChecklist.evaluate(
      inputs: inputs, decisions: [decision], topManagementPresent: true, previousDecisions: [],
      today: d("2026-03-12"))
    #expect(checklist.isComplete)
    let noTop = ManagementReviewChecklist.evaluate(
      inputs: inputs, decisions: [decision], topManagementPresent: false, previousDecisions: [],
      today: d("2026-03-12"))
    #expect(!noTop.isComplete)
  }
}
