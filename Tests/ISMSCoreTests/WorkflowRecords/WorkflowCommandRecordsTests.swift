import Foundation
import ISMSCore
import Testing

/// The glue between documents and the workflow engine, on the core test fixture.
@Suite("workflow records")
struct WorkflowCommandRecordsTests {
  let fixture = Fixture()

  func facts(_ fixture: Fixture? = nil, today: String = "2026-06-01") -> WorkflowFacts {
    WorkflowFacts(isms: ISMS.load(from: (fixture ?? self.fixture).snapshot).isms, today: d(today))
  }

  func text(_ path: String, _ fixture: Fixture? = nil) -> String {
    (fixture ?? self.fixture).files[path] ?? ""
  }

  @Test("finding open: next NC id, internal due date from R55, a quoted `on` history entry")
  func openFinding() throws {
    var request = FindingOpenRequest(
      grade: .major, statement: "No risk owner approval.", on: d("2026-02-12"), by: "kfischer")
    (request.audit, request.requirement, request.evidence) = ("AUD-2026-INT-01", "6.1.3", "RTP v1 unsigned")
    let change = try FindingCreation.open(request, facts: facts())
    #expect(change.record == "NC-2026-002")
    #expect(change.path == "records/findings/NC-2026-002.md")
    #expect(change.text.contains("due: 2026-03-14\n"))
    #expect(
      change.text.contains(
        "history:\n  - \"on\": 2026-02-12\n    by: kfischer\n    event: open\n    to: opened\n"))
    request.evidence = nil
    #expect(throws: Refusal(rule: "R6", message: "a major nonconformity needs its evidence; pass --evidence"))
    {
      try FindingCreation.open(request, facts: facts())
    }
  }

  @Test("finding close before verification is R50; verification by the implementer is R55")
  func findingGuards() throws {
    let finding = try facts().document("NC-2026-001", kind: .finding)
    let close = FindingEventRequest(event: .close, on: d("2026-03-01"), by: "jdoe")
    #expect(throws: Refusal.self) {
      try FindingTransition.apply(close, to: finding, text: text("records/findings/nc-1.md"), facts: facts())
    }
    do {
      _ = try FindingTransition.apply(
        close, to: finding, text: text("records/findings/nc-1.md"), facts: facts())
    } catch let refusal as Refusal {
      #expect(refusal.rule == "R50")
      #expect(
        refusal.message.contains(
          "root cause (10.2 b), corrective action (10.2 c), verification of effectiveness"))
    }
    let implemented = fixture.replacing(
      "status: opened\n",
      with: """
        status: implemented
        implemented_on: 2026-03-01
        history:
          - "on": 2026-03-01
            by: jdoe
            event: implement
            from: action_planned
            to: implemented

        """, in: "records/findings/nc-1.md")
    let document = try facts(implemented).document("NC-2026-001", kind: .finding)
    let verify = FindingEventRequest(event: .verify, on: d("2026-05-01"), by: "jdoe")
    #expect(throws: Refusal.self) {
      try FindingTransition.apply(
        verify, to: document, text: text("records/findings/nc-1.md", implemented), facts: facts(implemented))
    }
    let other = FindingEventRequest(event: .verify, on: d("2026-05-01"), by: "kfischer")
    let change = try FindingTransition.apply(
      other, to: document, text: text("records/findings/nc-1.md", implemented), facts: facts(implemented))
    #expect(change.to == "verified")
    #expect(change.text.contains("verified_by: kfischer\n"))
  }

  @Test("cycle: a CB override is stored in overrides and the history entry's rule")
  func recordOverride() throws {
    let cycle = try facts().cycle(nil)
    var request = CycleEventRequest(event: .recordOverride, on: d("2026-06-19"), by: "mweber")
    request.override = Override(
      rule: "R12", justification: "IAF ID 3", cbRef: "letter 1", newDue: d("2026-12-18"))
    let change = try CycleTransition.apply(
      request, to: cycle, text: text("records/cycles/cyc-1.md"), facts: facts())
    #expect(
      change.text.contains(
        "overrides:\n  - rule: R12\n    new_due: 2026-12-18\n    justification: IAF ID 3\n    cb_ref: letter 1\n"
      ))
    #expect(
      change.text.contains(
        "    event: record_override\n    from: certified\n    to: certified\n    rule: R12\n"))
    #expect(
      WorkflowChange.message([change], note: "postponed").hasSuffix(
        "postponed\n\nISMS-Record: CYC-2025\nISMS-Event: record_override\n"))
  }

  @Test("cycle: grant while a major awaits the CB is refused under R9")
  func grantRefused() throws {
    let pending = fixture.replacing(
      "status: certified\ndecision_date: 2025-06-20\nexpiry: 2028-06-19\n", with: "status: nc_resolution\n",
      in: "records/cycles/cyc-1.md")
    var withStage2 = pending
    withStage2.files["records/audits/st2.md"] = """
      ---
      id: AUD-2025-ST2
      kind: audit
      title: Stage 2
      type: stage2
      cycle: CYC-2025
      status: reported
      start: 2025-05-19
      end: 2025-05-22
      ---
      """
    withStage2.files["records/findings/nc-2.md"] = """
      ---
      id: NC-2025-009
      kind: finding
      title: Major
      audit: AUD-2025-ST2
      source: audit
      grade: major
      requirement: "9.2"
      statement: No internal audit
      evidence: None held
      status: implemented
      raised_on: 2025-05-22
      ---
      """
    let facts = facts(withStage2, today: "2025-06-20")
    var request = CycleEventRequest(event: .grant, on: d("2025-06-20"), by: "mweber")
    request.certificate = "EC-1"
    #expect(throws: Refusal.self) {
      try CycleTransition.apply(
        request, to: try facts.cycle(nil), text: text("records/cycles/cyc-1.md", withStage2), facts: facts)
    }
    #expect(facts.cycleProgress(try facts.cycle(nil)).stage2LastDay == d("2025-05-22"))
  }

  @Test("validator: after a recertification the expiry may follow the old one (R17)")
  func recertifiedExpiry() throws {
    let recertified = fixture.replacing(
      "decision_date: 2025-06-20\nexpiry: 2028-06-19\n",
      with: """
        decision_date: 2028-03-01
        expiry: 2031-06-19
        history:
          - {"on": 2025-06-20, by: mweber, event: grant, from: decision_pending, to: certified}
          - {"on": 2028-03-01, by: mweber, event: grant, from: decision_pending, to: certified}

        """, in: "records/cycles/cyc-1.md")
    #expect(try recertified.validate().diagnostics.filter { $0.rule == "R11" }.isEmpty)
    let tooLong = recertified.replacing(
      "expiry: 2031-06-19", with: "expiry: 2031-06-21", in: "records/cycles/cyc-1.md")
    #expect(try tooLong.validate().diagnostics.contains { $0.rule == "R11" })
  }
}
