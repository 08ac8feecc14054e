import Foundation
import Testing

@Suite("workflow commands: a whole certification cycle")
struct WorkflowCommandEndToEndTests {
  @Test(
    "init → internal audit → review → stage 1 → stage 2 with a major → decision → surveillance ×2 → recertification"
  )
  func wholeCycle() throws {
    let f = try WorkflowCommandFixture()
    let ext = ["--auditor-name", "B. Albers, Example Cert GmbH"]
    try f.ok(
      ["cycle", "start", "CYC-2026", "--by", "amoreira", "--certification-body", "Example Cert GmbH"],
      today: "2026-01-15")
    try f.ok(
      ["cycle", "event", "apply", "--by", "mweber", "--note", "Agreement signed"], today: "2026-01-20")
    try f.ok(
      [
        "audit", "plan", "AUD-2026-ST1", "--type", "stage1", "--start", "2026-02-02", "--end", "2026-02-03",
        "--by", "amoreira",
      ] + ext, today: "2026-01-21")
    try f.refused(
      [
        "audit", "plan", "AUD-2026-ST2", "--type", "stage2", "--start", "2026-03-02", "--end", "2026-03-04",
        "--by", "amoreira",
      ] + ext,
      today: "2026-01-21", rule: "R1")

    // Internal audit: independence, reporting, a minor NC taken through 10.2.
    let clauses = ["4", "5", "6", "7", "8", "9", "10"].flatMap { ["--clause", $0] }
    let internalPlan =
      [
        "--start", "2026-01-26", "--end", "2026-01-27", "--area", "engineering", "--control", "A.5.18",
        "--control", "A.8.8",
      ] + clauses
    try f.refused(
      ["audit", "plan", "AUD-2026-INT-01", "--type", "internal", "--lead", "lwagner", "--by", "amoreira"]
        + internalPlan, today: "2026-01-22", rule: "R48")
    try f.ok(
      ["audit", "plan", "AUD-2026-INT-01", "--type", "internal", "--lead", "kfischer", "--by", "amoreira"]
        + internalPlan, today: "2026-01-22")
    try f.ok(["audit", "start", "AUD-2026-INT-01", "--by", "kfischer"], today: "2026-01-26")
    try f.ok(
      [
        "finding", "open", "--audit", "AUD-2026-INT-01", "--grade", "minor", "--requirement", "A.8.8",
        "--statement", "Critical patches applied late.",
        "--evidence", "3 of 10 sampled tickets over 7 days", "--by", "kfischer",
      ], today: "2026-01-27")
    try f.refused(
      ["finding", "close", "NC-2026-001", "--by", "amoreira", "--isms-change", "none"], today: "2026-01-27",
      rule: "R50")
    try f.ok(["audit", "fieldwork", "AUD-2026-INT-01", "--by", "kfischer"], today: "2026-01-27")
    try f.refused(
      ["audit", "report", "AUD-2026-INT-01", "--by", "kfischer"], today: "2026-01-28", rule: "R48")
    try f.ok(
      ["audit", "report", "AUD-2026-INT-01", "--by", "kfischer", "--reported-to", "mweber"],
      today: "2026-01-28")
    try f.refused(["audit", "close", "AUD-2026-INT-01", "--by", "kfischer"], today: "2026-01-28", rule: "d2")
    try f.ok(
      [
        "finding", "update", "NC-2026-001", "--event", "contain", "--correction", "Patched the three hosts",
        "--by", "lwagner",
      ], today: "2026-01-29")
    try f.ok(
      [
        "finding", "update", "NC-2026-001", "--event", "analyse-cause", "--root-cause",
        "Tickets created weekly, not on detection",
        "--similar-nc-check", "High findings checked: same cause", "--by", "lwagner",
      ], today: "2026-01-29")
    try f.ok(
      [
        "finding", "update", "NC-2026-001", "--event", "plan-actions", "--action",
        "Create tickets on detection", "--action-owner", "lwagner",
        "--action-due", "2026-02-10", "--by", "lwagner",
      ], today: "2026-01-30")
    try f.ok(["audit", "close", "AUD-2026-INT-01", "--by", "kfischer"], today: "2026-01-30")
    try f.ok(
      [
        "finding", "update", "NC-2026-001", "--event", "implement", "--evidence",
        "Automation live since 2026-02-09", "--by", "lwagner",
      ], today: "2026-02-10")
    try f.refused(["finding", "verify", "NC-2026-001", "--by", "lwagner"], today: "2026-03-20", rule: "R55")
    try f.refused(["finding", "verify", "NC-2026-001", "--by", "kfischer"], today: "2026-02-20", rule: "R55")
    try f.ok(["finding", "verify", "NC-2026-001", "--by", "kfischer"], today: "2026-03-20")
    try f.ok(
      ["finding", "close", "NC-2026-001", "--by", "amoreira", "--isms-change", "PRO-011 revised"],
      today: "2026-03-21")

    // Stage 1, then stage 2 only after a management review (R4).
    try f.ok(["audit", "start", "AUD-2026-ST1", "--by", "amoreira"], today: "2026-02-02")
    try f.ok(["audit", "fieldwork", "AUD-2026-ST1", "--by", "amoreira"], today: "2026-02-03")
    try f.refused(["audit", "report", "AUD-2026-ST1", "--by", "amoreira"], today: "2026-02-06", rule: "R2")
    try f.ok(
      [
        "audit", "report", "AUD-2026-ST1", "--by", "amoreira", "--conclusion",
        "Objectives met; ready for stage 2",
      ], today: "2026-02-06")
    let stage2 =
      [
        "audit", "plan", "AUD-2026-ST2", "--type", "stage2", "--start", "2026-03-02", "--end", "2026-03-04",
        "--by", "amoreira",
      ] + ext
    try f.refused(stage2, today: "2026-02-07", rule: "R4")
    try f.ok(
      [
        "management-review", "open", "MR-2026-01", "--date", "2026-02-10", "--attendee", "mweber",
        "--attendee", "amoreira", "--by", "amoreira",
      ], today: "2026-02-09")
    try f.refused(
      ["management-review", "finalize", "MR-2026-01", "--by", "mweber"], today: "2026-02-10", rule: "R49")
    try fillMinutes(f)
    try f.refused(
      ["management-review", "finalize", "MR-2026-01", "--by", "amoreira"], today: "2026-02-10", rule: "R49")
    #expect(try f.isms(["management-review", "check", "MR-2026-01"], today: "2026-02-10").status == 0)
    try f.ok(["management-review", "finalize", "MR-2026-01", "--by", "mweber"], today: "2026-02-10")
    let programme = try f.json(["audit", "programme"], today: "2026-02-11")
    #expect(programme["full_pass_before_stage2"] == nil)
    // Stage 2 audits the security policy, SoA and risk treatment plan in force (R34).
    try f.refused(stage2, today: "2026-02-11", rule: "R34")
    try approveStage2Documents(f)
    try f.ok(stage2, today: "2026-02-11")
    #expect(
      try f.json(["audit", "programme"], today: "2026-02-11")["full_pass_before_stage2"] as? Bool == true)

    // Stage 2 with a major: no decision until the CB verified it (R9).
    try f.ok(["audit", "start", "AUD-2026-ST2", "--by", "amoreira"], today: "2026-03-02")
    try f.ok(
      [
        "finding", "open", "--audit", "AUD-2026-ST2", "--grade", "major", "--requirement", "9.3",
        "--statement", "Management review inputs not evaluated.",
        "--evidence", "MR-2026-01 lists inputs without analysis", "--by", "amoreira",
      ], today: "2026-03-04")
    try f.ok(["audit", "fieldwork", "AUD-2026-ST2", "--by", "amoreira"], today: "2026-03-04")
    try f.ok(
      ["audit", "report", "AUD-2026-ST2", "--by", "amoreira", "--conclusion", "One major nonconformity"],
      today: "2026-03-10")
    let grant = ["cycle", "event", "grant", "--by", "mweber", "--certificate", "EC-27001-0001"]
    try f.refused(grant, today: "2026-03-11", rule: "R9")
    try f.ok(["cycle", "event", "open_nc_resolution", "--by", "amoreira"], today: "2026-03-11")
    try f.refused(grant, today: "2026-03-12", rule: "R9")
    try f.refused(["audit", "close", "AUD-2026-ST2", "--by", "amoreira"], today: "2026-03-12", rule: "d2")
    let nc = ["finding", "update", "NC-2026-002", "--by", "mweber", "--event"]
    try f.ok(
      nc + ["contain", "--correction", "Inputs evaluated in an extraordinary review"], today: "2026-03-13")
    try f.ok(
      nc + [
        "analyse-cause", "--root-cause", "No template for the inputs", "--similar-nc-check",
        "Internal audit report checked",
      ], today: "2026-03-16")
    try f.ok(
      nc + [
        "plan-actions", "--action", "Minutes template with the 9.3.2 inputs", "--action-owner", "amoreira",
        "--action-due", "2026-03-31",
      ], today: "2026-03-16")
    try f.refused(nc + ["implement", "--evidence", "Template in use"], today: "2026-03-17", rule: "R7")
    try f.ok(nc + ["submit-plan"], today: "2026-03-17")
    try f.ok(nc + ["accept-plan", "--note", "Accepted by B. Albers"], today: "2026-03-20")
    try f.ok(["audit", "close", "AUD-2026-ST2", "--by", "amoreira"], today: "2026-03-20")
    try f.ok(nc + ["implement", "--evidence", "Template in use since 2026-03-30"], today: "2026-03-31")
    try f.refused(
      ["cycle", "event", "accept_responses", "--by", "amoreira"], today: "2026-04-01", rule: "R9")
    try f.refused(["finding", "verify", "NC-2026-002", "--by", "amoreira"], today: "2026-04-10", rule: "R8")
    try f.ok(
      [
        "finding", "verify", "NC-2026-002", "--by", "amoreira", "--method", "documentary", "--note",
        "Verified by B. Albers",
      ], today: "2026-04-10")
    try f.ok(["cycle", "event", "accept_responses", "--by", "amoreira"], today: "2026-04-12")
    try f.ok(grant + ["--decision-date", "2026-04-20"], today: "2026-04-21")
    try f.ok(
      ["finding", "close", "NC-2026-002", "--by", "amoreira", "--isms-change", "Minutes template"],
      today: "2026-04-22")
    var status = try f.json(["cycle", "status"], today: "2026-04-22")
    #expect(status["state"] as? String == "certified")
    #expect(status["expiry"] as? String == "2029-04-19")
    #expect(status["next_event"] as? String == "hold_surveillance")

    // Two surveillances, then recertification before expiry: a new three-year cycle.
    for (id, start, end) in [
      ("AUD-2027-SURV-01", "2027-03-15", "2027-03-16"), ("AUD-2028-SURV-01", "2028-03-14", "2028-03-15"),
    ] {
      let year = String(start.prefix(4))
      try f.ok(
        ["audit", "plan", id, "--type", "surveillance", "--start", start, "--end", end, "--by", "amoreira"]
          + ext, today: "\(year)-02-01")
      try f.ok(["audit", "start", id, "--by", "amoreira"], today: start)
      try f.ok(["audit", "fieldwork", id, "--by", "amoreira"], today: end)
      try f.ok(
        ["audit", "report", id, "--by", "amoreira", "--conclusion", "No findings"], today: "\(year)-03-20")
      try f.ok(["audit", "close", id, "--by", "amoreira"], today: "\(year)-03-21")
    }
    status = try f.json(["cycle", "status"], today: "2028-04-01")
    #expect(status["next_event"] as? String == "plan_recert")
    let recert = ["audit", "plan", "AUD-2029-RECERT", "--type", "recertification", "--by", "amoreira"] + ext
    try f.refused(
      recert + ["--start", "2029-04-18", "--end", "2029-04-20"], today: "2028-11-01", rule: "R15")
    try f.ok(recert + ["--start", "2029-01-15", "--end", "2029-01-17"], today: "2028-11-01")
    try f.ok(["audit", "start", "AUD-2029-RECERT", "--by", "amoreira"], today: "2029-01-15")
    try f.ok(["audit", "fieldwork", "AUD-2029-RECERT", "--by", "amoreira"], today: "2029-01-17")
    try f.ok(
      ["audit", "report", "AUD-2029-RECERT", "--by", "amoreira", "--conclusion", "Recommended"],
      today: "2029-01-25")
    try f.ok(["cycle", "event", "request_decision", "--by", "amoreira"], today: "2029-01-26")
    try f.ok(
      ["cycle", "event", "grant", "--by", "mweber", "--certificate", "EC-27001-0002"], today: "2029-03-01")
    try f.ok(["audit", "close", "AUD-2029-RECERT", "--by", "amoreira"], today: "2029-03-02")
    status = try f.json(["cycle", "status"], today: "2029-03-02")
    #expect(status["state"] as? String == "certified")
    #expect(status["decision_date"] as? String == "2029-03-01")
    #expect(status["expiry"] as? String == "2032-04-19")
    #expect(status["certified"] as? Bool == true)

    try checkHistory(f)
  }

  /// Fills in the 9.3.2 inputs and one decision, committed by Ana with `git`.
  private func fillMinutes(_ f: WorkflowCommandFixture) throws {
    let path = "records/management-reviews/MR-2026-01.md"
    let text = try String(contentsOf: f.url.appendingPathComponent(path), encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices where lines[index].hasPrefix("  ") && lines[index].contains(":   # 9.3.2") {
      lines[index] = String(lines[index].prefix { $0 != ":" }) + ": Reviewed; see the minutes."
    }
    try lines.joined(separator: "\n").write(
      to: f.url.appendingPathComponent(path), atomically: true, encoding: .utf8)
    try f.replace(
      "decisions: []\n",
      with: """
        decisions:
          - id: MR-2026-01-D1
            decision: Budget for vulnerability scanning
            owner: lwagner
            due: 2026-06-30
            status: open

        """, in: path)
    try f.gitCommit("Minutes of MR-2026-01", as: "Ana Moreira", "ana@acme.example")
  }

  /// The git history: one commit per step, authored by the acting person, with the trailers.
  private func checkHistory(_ f: WorkflowCommandFixture) throws {
    let log = try f.git([
      "log", "--reverse", "--format=%an|%s|%(trailers:key=ISMS-Event,valueonly,separator=%x2C)",
    ])
    let lines = log.split(separator: "\n").map(String.init)
    #expect(lines.count == f.commits + 1)  // plus `isms init`
    for expected in [
      "Marta Weber|CYC-2026: apply (preparing → applied)|apply",
      "Ana Moreira|AUD-2026-ST1: schedule (planned → scheduled); CYC-2026: plan_stage1 (applied → stage1_planned)|schedule,plan_stage1",
      "Karl Fischer|AUD-2026-INT-01: report (fieldwork_done → reported)|report",
      "Karl Fischer|NC-2026-001: verify (implemented → verified)|verify",
      "Ana Moreira|AUD-2026-ST2: report (fieldwork_done → reported); CYC-2026: record_stage2 (stage2_planned → stage2_done)|report,record_stage2",
      "Marta Weber|MR-2026-01: finalize (draft → final)|finalize",
      "Ana Moreira|NC-2026-002: verify (implemented → verified)|verify",
      "Marta Weber|CYC-2026: grant (decision_pending → certified)|grant",
      "Ana Moreira|AUD-2027-SURV-01: report (fieldwork_done → reported); CYC-2026: hold_surveillance (certified → certified)|report,hold_surveillance",
      "Ana Moreira|AUD-2029-RECERT: report (fieldwork_done → reported); CYC-2026: record_recert (recert_planned → recert_done)|report,record_recert",
    ] {
      #expect(lines.contains(expected), "missing \(expected) in\n\(log)")
    }
    #expect(lines.filter { $0.hasSuffix("|grant") }.count == 2)
    #expect(try Subprocess.git(["fsck", "--strict"], in: f.url).status == 0)
    let cycle = try String(
      contentsOf: f.url.appendingPathComponent("records/cycles/CYC-2026.md"), encoding: .utf8)
    #expect(cycle.contains("certificate: EC-27001-0002"))
    #expect(
      cycle.contains(
        "  - \"on\": 2029-03-01\n    by: mweber\n    event: grant\n    from: decision_pending\n    to: certified"
      ))
  }

  /// Marks the security policy, SoA and risk treatment plan approved (by hand, as a repository
  /// that approved them before using `isms` would), so that stage 2 can be planned.
  private func approveStage2Documents(_ f: WorkflowCommandFixture) throws {
    let documents = [
      "policies/information-security-policy.md", "plans/statement-of-applicability.md",
      "plans/risk-treatment-plan.md",
    ]
    for path in documents {
      let text = try String(contentsOf: f.url.appendingPathComponent(path), encoding: .utf8)
      let role = text.contains("approver_role: ciso") ? "ciso" : "top-management"
      let owner = text.split(separator: "\n").first { $0.hasPrefix("owner: ") }?.dropFirst(7) ?? ""
      let approver = role == "ciso" ? String(owner) : "mweber"
      try f.replace(
        "status: draft\n",
        with: "status: approved\napproved_by: \(approver)\napproved_on: 2026-02-09\neffective: 2026-02-09\n"
          + "last_review: 2026-02-09\n", in: path)
    }
    try f.gitCommit("Approve the core documents", as: "Marta Weber", "marta@acme.example")
  }
}
