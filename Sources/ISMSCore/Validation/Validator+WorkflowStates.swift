extension Validator {
  /// Findings: each state has what it stands for (R50 10.2 a–e; R55 an effectiveness review by
  /// someone else after the soak period; R8 the CB's verification method); a CB minor verified
  /// "at the next audit" names an external audit held after it was raised (R53).
  mutating func checkFindingStates() {
    let facts = WorkflowFacts(isms: isms, today: today)
    let policy = facts.findingPolicy
    for document in isms.documents(of: .finding) {
      guard let finding = document.finding, finding.grade?.isNonconformity == true,
        let state = FindingState(rawValue: finding.status ?? "")
      else { continue }
      let fields = document.fields
      let origin = facts.origin(of: document)
      var missing: [(field: String, what: String)] = []
      if state.hasCauseAnalysis {
        if fields.string("root_cause").isBlankField {
          missing.append(("root_cause", "the root cause (10.2 b)"))
        }
        if fields.string("similar_nc_check").isBlankField {
          missing.append(("similar_nc_check", "the check for similar nonconformities (10.2 b)"))
        }
      }
      if state.hasPlan, finding.actions.isEmpty { missing.append(("actions", "corrective actions (10.2 c)")) }
      if state.hasImplementation {
        if finding.implementedOn == nil { missing.append(("implemented_on", "the implementation date")) }
        if fields.string("implementation_evidence").isBlankField {
          missing.append(("implementation_evidence", "evidence of implementation (10.2 c)"))
        }
      }
      if state.isVerified, finding.verifiedOn == nil {
        missing.append(("verified_on", "the effectiveness review date (10.2 d)"))
      }
      if state == .closed, fields.string("isms_change").isBlankField {
        missing.append(("isms_change", "the decision whether the ISMS changes (10.2 e)"))
      }
      for item in missing {
        report(
          .error, document, field: "status", "a `\(state.rawValue)` nonconformity needs \(item.what)",
          fix: "record `\(item.field)`, or set the status back to the state the record supports", rule: "R50")
      }
      if origin == .external, finding.grade == .minor, let name = fields.string("verified_at_audit"),
        let problem = FindingRules.nextAuditProblem(
          audit: isms.document(id: name), named: name, finding: finding)
      {
        report(
          .error, document, field: "verified_at_audit", problem, fix: FindingRules.nextAuditFix, rule: "R53")
      }
      guard state.isVerified else { continue }
      if origin == .internal {
        checkInternalVerification(document, finding: finding, soakDays: policy.soakDays)
      } else {
        checkExternalVerification(document)
      }
    }
  }

  /// R55: an internal NC's effectiveness is reviewed by someone other than the implementer,
  /// no earlier than the soak period after implementation.
  private mutating func checkInternalVerification(_ document: Document, finding: FindingRecord, soakDays: Int)
  {
    guard let verifier = finding.verifiedBy, !verifier.isBlankField else {
      report(
        .error, document, field: "verified_by", "a verified nonconformity names no `verified_by`",
        fix: "name who reviewed the effectiveness (10.2 d)", rule: "R55")
      return
    }
    let implementers = finding.history.filter { $0.event == FindingEvent.implement.rawValue }.compactMap(\.by)
    if implementers.contains(verifier) {
      report(
        .error, document, field: "verified_by", "\(verifier) implemented the actions and also verified them",
        fix: "have someone other than the implementer review the effectiveness", rule: "R55")
    }
    if let implemented = finding.implementedOn, let verified = finding.verifiedOn,
      verified < implemented.adding(days: soakDays)
    {
      report(
        .error, document, field: "verified_on",
        "verified on \(verified), less than \(soakDays) days after implementation on \(implemented)",
        fix: "review the effectiveness no earlier than \(implemented.adding(days: soakDays))", rule: "R55")
    }
  }

  /// R8: an external NC's verification names the CB's method.
  private mutating func checkExternalVerification(_ document: Document) {
    let method = document.fields.string("verification_method").flatMap(VerificationMethod.init(rawValue:))
    if method == nil {
      report(
        .error, document, field: "verification_method", "a verified external nonconformity has no CB method",
        fix: "record the CB's `verification_method` (full_audit, limited_audit, documentary, next_audit)",
        rule: "R8")
    }
  }

  /// Cycles: a certified cycle rests on reported stage 1 and stage 2 audits (R1) and a decision
  /// taken after stage 2 ended and not after today (R24); surveillances are held within their
  /// limits unless the CB moved them (R12); stage 2 is planned on approved core documents (R34).
  mutating func checkCycleStates() {
    let facts = WorkflowFacts(isms: isms, today: today)
    for document in isms.documents(of: .cycle) {
      guard let cycle = document.cycle, let state = CycleState(rawValue: cycle.status ?? "") else { continue }
      if state == .stage2Planned { checkCoreDocumentsApproved(document, facts: facts) }
      let decided = CycleRules.decidedStates.contains(state)
      guard decided || cycle.decisionDate != nil else { continue }
      let stage1 = facts.audits(of: document, type: .stage1).last { facts.auditState($0).isReported }
      let stage2 = facts.audits(of: document, type: .stage2).last { facts.auditState($0).isReported }
      // A cycle without history was imported after its decision; its stages may predate `isms`.
      let recorded = !cycle.history.isEmpty
      for (name, audit) in [("stage 1", stage1), ("stage 2", stage2)]
      where audit == nil && decided && recorded {
        report(
          .error, document, field: "status", "a `\(state.rawValue)` cycle has no reported \(name) audit",
          fix: "record the \(name) audit and its report (two-stage initial audit)", rule: "R1")
      }
      guard let decision = cycle.decisionDate else {
        if decided {
          report(
            .error, document, field: "status", "a `\(state.rawValue)` cycle has no `decision_date`",
            fix: "record the certification decision date", rule: "R24")
        }
        continue
      }
      if let end = stage2?.audit?.end ?? stage2?.audit?.start, decision < end {
        report(
          .error, document, field: "decision_date",
          "decision \(decision) is before stage 2 (\(stage2?.id ?? "")) ended on \(end)",
          fix: "the decision rests on the stage 2 report: correct `decision_date`", rule: "R24")
      }
      if decision > today {
        report(
          .error, document, field: "decision_date", "decision \(decision) is after today (\(today))",
          fix: "record the decision once the CB has taken it", rule: "R24")
      }
      checkSurveillanceLimits(document, facts: facts)
    }
  }

  /// R12: a surveillance overdue, or planned or held after its due date, with no CB override;
  /// reported on the audit when one is planned.
  private mutating func checkSurveillanceLimits(_ document: Document, facts: WorkflowFacts) {
    let schedule = CycleSchedule.compute(facts.cycleSummary(document), today: today)
    for requirement in schedule.surveillances {
      let what =
        requirement.kind == .first ? "the first surveillance" : "the \(requirement.year ?? 0) surveillance"
      let named = requirement.audit.map { " (\($0))" } ?? ""
      let problem: String
      switch requirement.status {
      case .overdue: problem = "\(what) was due by \(requirement.due) and is not held"
      case .plannedLate: problem = "\(what)\(named) is planned after its due date \(requirement.due)"
      case .late: problem = "\(what)\(named) was held after its due date \(requirement.due)"
      default: continue
      }
      // Reported on the audit when there is one, so planning it late is refused like any error
      // of the record a command writes.
      let audit = requirement.audit.flatMap { isms.document(id: $0) }
      report(
        .error, audit ?? document, field: audit == nil ? "overrides" : "start", problem,
        fix: "hold it in time, or record the CB's postponement in the cycle's `overrides` (rule R12, "
          + "new_due, cb_ref)", rule: "R12")
    }
  }

  /// R34: stage 2 audits an ISMS whose security policy, SoA and risk treatment plan are approved
  /// (the check `plan_stage2` refuses on).
  private mutating func checkCoreDocumentsApproved(_ cycle: Document, facts: WorkflowFacts) {
    let unapproved = facts.unapprovedStage2Documents
    guard !unapproved.isEmpty else { return }
    report(
      .error, cycle, field: "status",
      "stage 2 is planned while \(unapproved.joined(separator: ", ")) (security policy, SoA or risk treatment "
        + "plan) is not approved",
      fix: "approve them before stage 2", rule: "R34")
  }
}

extension FindingState {
  /// Whether the state comes after the cause analysis (10.2 b).
  var hasCauseAnalysis: Bool { hasPlan || self == .causeAnalysed }
  /// Whether the state comes after planning the actions (10.2 c).
  var hasPlan: Bool { hasImplementation || [.actionPlanned, .planSubmitted, .planAccepted].contains(self) }
  /// Whether the state comes after implementing them (10.2 c).
  var hasImplementation: Bool { self == .implemented || isVerified }
}

extension AuditState {
  /// Whether the report exists (`reported` or `closed`).
  var isReported: Bool { self == .reported || self == .closed }
}
