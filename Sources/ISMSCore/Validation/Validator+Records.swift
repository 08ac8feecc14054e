extension Validator {
  /// Records: `corrects` names a record of the same kind; final management reviews (R49);
  /// overdue review decisions (R51).
  mutating func checkRecords() {
    checkCorrectionCycles()
    for document in isms.documents {
      if let corrected = document.corrects, let target = isms.document(id: corrected),
        target.kind != document.kind
      {
        report(
          .error, document, field: "corrects",
          "`corrects` names a \(target.kind.rawValue), not a \(document.kind.rawValue)",
          fix: "name the record this one corrects", rule: "R36")
      }
      if let corrected = document.corrects, let target = isms.document(id: corrected),
        target.recordStatus == .draft
      {
        report(
          .warning, document, field: "corrects",
          "`corrects` names draft record `\(corrected)`; drafts are edited in place",
          fix: "edit the draft instead of correcting it", rule: "R36")
      }
      guard case .managementReview(let review) = document.content else { continue }
      if document.recordStatus == .final {
        for input in ReviewInput.allCases where review.inputs[input] == nil {
          report(
            .error, document, field: "inputs.\(input.rawValue)",
            "final management review lacks input `\(input.rawValue)` (\(input.item))",
            fix: "record what was reviewed for `\(input.rawValue)`", rule: "R49")
        }
        let top = review.attendees.contains { isms.config?.person($0)?.holds(.topManagement) ?? false }
        if !top, isms.config != nil {
          report(
            .error, document, field: "attendees", "no attendee holds the role `top-management`",
            fix: "top management must take part; add the attendee", rule: "R49")
        }
      }
      for (index, decision) in review.decisions.enumerated() where decision.status == "open" {
        guard let due = decision.due, due < today else { continue }
        report(
          .warning, document, field: "decisions[\(index)].due",
          "decision \(decision.id ?? "#\(index + 1)") is overdue by \(due.days(until: today)) days",
          fix: "complete the action and set its status to `done`, or re-plan it", rule: "R51")
      }
    }
  }

  /// Audits: external audits need a cycle; internal ones a lead auditor independent of the
  /// audited areas (R48) and reporting to management (9.2.2 c).
  mutating func checkAudits() {
    for document in isms.documents(of: .audit) {
      guard let audit = document.audit else { continue }
      if audit.type?.isExternal == true, audit.cycle == nil {
        report(
          .error, document, field: "type", "external audit (\(audit.type?.rawValue ?? "")) names no `cycle`",
          fix: "add `cycle`: the certification cycle the audit belongs to", rule: "schema")
      }
      if let start = audit.start, let end = audit.end, end < start {
        report(
          .error, document, field: "end", "end \(end) is before start \(start)",
          fix: "correct the audit dates", rule: "schema")
      }
      guard audit.type == .internal else { continue }
      guard let lead = audit.leadAuditor else {
        report(
          .error, document, field: "lead_auditor", "internal audit names no `lead_auditor`",
          fix: "name the lead auditor (a person of isms.yml)", rule: "R48")
        continue
      }
      let areas = Set(audit.scopeAreas)
      for auditor in [lead] + audit.auditors {
        guard let person = isms.config?.person(auditor) else { continue }
        let own = areas.intersection(person.areas).sorted()
        if !own.isEmpty {
          report(
            .error, document, field: auditor == lead ? "lead_auditor" : "auditors",
            "auditor `\(auditor)` is responsible for audited area(s) \(own.joined(separator: ", "))",
            fix: "choose an auditor independent of the audited areas", rule: "R48")
        }
      }
      if audit.status == "reported" || audit.status == "closed", audit.reportedTo.isEmpty {
        report(
          .error, document, field: "status",
          "internal audit is \(audit.status ?? "") but `reported_to` is empty",
          fix: "record who the results were reported to (9.2.2 c)", rule: "R48")
      }
    }
  }

  /// Findings: majors and minors name the requirement and the evidence (R6).
  mutating func checkFindings() {
    for document in isms.documents(of: .finding) {
      guard case .finding(let finding) = document.content, finding.grade?.isNonconformity == true else {
        continue
      }
      for (field, present) in [
        ("requirement", finding.requirement != nil), ("evidence", finding.evidence != nil),
      ] where !present {
        report(
          .error, document, field: "grade", "\(finding.grade?.rawValue ?? "") nonconformity lacks `\(field)`",
          fix: "add `\(field)`", rule: "R6")
      }
    }
  }

  /// Cycles: the certificate runs at most three years from the decision (R11), or from the old
  /// expiry after a recertification (R17).
  mutating func checkCycles() {
    for document in isms.documents(of: .cycle) {
      guard case .cycle(let cycle) = document.content, let decision = cycle.decisionDate,
        let expiry = cycle.expiry
      else {
        continue
      }
      // R17: a recertification before expiry may continue from the old expiry, so each later
      // decision may add three years to the chain that started at the first decision.
      let grants = cycle.history.filter { $0.event == "grant" || $0.event == "restore" }
      let chained = grants.first?.on.map { $0.adding(years: 3 * grants.count) }
      let latest = max(decision.adding(years: 3), chained ?? decision)
      if expiry > latest {
        report(
          .error, document, field: "expiry",
          "expiry \(expiry) is more than three years after the decision (\(latest))",
          fix: "set `expiry` to \(latest) or earlier", rule: "R11")
      }
    }
  }

  /// `corrects` never leads back to where it started: a record correcting itself, or records
  /// correcting each other, leave no record in force.
  private mutating func checkCorrectionCycles() {
    // Each record names at most one other, so following `corrects` from every record once,
    // remembering where each walk has been, finds every cycle in linear time.
    var finished: Set<String> = []
    for start in isms.documents where start.corrects != nil {
      var path: [Document] = []
      var onPath: [String: Int] = [:]
      var current: Document? = start
      while let document = current, !finished.contains(document.path) {
        let key = document.path
        if let index = onPath[key] {
          let cycle = Array(path[index...])
          let chain = (cycle + [cycle[0]]).map(\.id).joined(separator: " → ")
          for member in cycle {
            report(
              .error, member, field: "corrects", "`corrects` forms a cycle: \(chain)",
              fix: "let `corrects` name the earlier record this one replaces, never a later one or itself",
              rule: "R36")
          }
          break
        }
        onPath[key] = path.count
        path.append(document)
        current = document.corrects.flatMap { isms.document(id: $0) }
      }
      for document in path { finished.insert(document.path) }
    }
  }
}
