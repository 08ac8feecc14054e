extension Validator {
  /// Annex A controls whose documentation is mandatory when applicable (the rulebook's mandatory documented information).
  public static let documentedControls = [
    "A.5.1", "A.5.9", "A.5.10", "A.5.14", "A.5.15", "A.5.19", "A.5.20", "A.5.24", "A.5.26", "A.5.29",
    "A.5.30",
    "A.5.31", "A.5.37", "A.6.2", "A.6.6", "A.8.9", "A.8.15", "A.8.32",
  ]

  /// Approval (R35), approver role (R35, R37), review dates (R38), retirement.
  mutating func checkControlledDocuments() {
    for document in isms.documents {
      guard let fields = document.controlled else { continue }
      if fields.status == .approved {
        for (field, present) in [
          ("approved_by", fields.approvedBy != nil), ("approved_on", fields.approvedOn != nil),
          ("effective", fields.effective != nil), ("last_review", fields.lastReview != nil),
        ] where !present {
          report(
            .error, document, field: field, "approved document lacks `\(field)`",
            fix: "add `\(field)` (required once `status: approved`)", rule: "R35")
        }
        if let approver = fields.approvedBy, let role = fields.approverRole,
          let person = isms.config?.person(approver),
          !person.holds(role)
        {
          report(
            .error, document, field: "approved_by",
            "approver `\(approver)` does not hold the role `\(role.rawValue)`",
            fix: "have a person with role `\(role.rawValue)` approve it, or correct `approver_role`",
            rule: "R35")
        }
        if let approvedOn = fields.approvedOn, let effective = fields.effective, effective < approvedOn {
          report(
            .error, document, field: "effective",
            "effective \(effective) is before approval on \(approvedOn)",
            fix: "make `effective` the approval day or later", rule: "R35")
        }
        checkReviewDates(document, fields)
      }
      if fields.status == .retired, fields.retiredReason == nil {
        report(
          .error, document, field: "status", "retired document lacks `retired_reason`",
          fix: "add `retired_reason`", rule: "R36")
      }
      if fields.mandatory.contains(.securityPolicy) {
        if document.kind != .policy {
          report(
            .error, document, field: "kind", "the information security policy must be of kind `policy`",
            fix: "set `kind: policy`", rule: "R37")
        }
        if fields.approverRole != .topManagement {
          report(
            .error, document, field: "approver_role",
            "the information security policy must be approved by top management",
            fix: "set `approver_role: top-management` and have top management approve it", rule: "R37")
        }
      }
    }
  }

  private mutating func checkReviewDates(_ document: Document, _ fields: ControlledDocument) {
    let interval = fields.reviewInterval ?? isms.config?.reviewInterval(for: document.kind) ?? 12
    if let last = fields.lastReview, let next = fields.nextReview {
      let latest = last.adding(months: interval)
      if next > latest {
        report(
          .error, document, field: "next_review",
          "next_review \(next) is later than last_review + \(interval) months (\(latest))",
          fix: "set `next_review` to \(latest) or earlier", rule: "R38")
      }
      if next < last {
        report(
          .error, document, field: "next_review", "next_review \(next) is before last_review \(last)",
          fix: "set `next_review` after `last_review`", rule: "R38")
      }
    }
    if let due = nextReview(of: document)?.due, due < today {
      report(
        .warning, document, field: fields.nextReview != nil ? "next_review" : "last_review",
        "review overdue by \(due.days(until: today)) days (due \(due))",
        fix: "review the document, then update `last_review` and `next_review`", rule: "R38")
    }
  }

  /// Mandatory documents exist exactly once (R34), required records exist, and applicable
  /// controls that need documentation have it.
  mutating func checkMandatoryDocuments() {
    let live = isms.documents.filter { $0.controlled.map { $0.status != .retired } ?? false }
    for key in MandatoryDocument.allCases {
      let holders = live.filter { $0.controlled?.mandatory.contains(key) ?? false }
      if holders.isEmpty {
        reportISMS(
          .error, "mandatory document `\(key.rawValue)` (\(key.clause)) is missing",
          fix: "mark the document that is the \(key.rawValue) with `mandatory: \(key.rawValue)`, or write it",
          rule: "R34")
      }
      for duplicate in holders.dropFirst() {
        report(
          .error, duplicate, field: "mandatory",
          "mandatory document `\(key.rawValue)` is also \(holders[0].path); it must exist exactly once",
          fix: "remove `\(key.rawValue)` from `mandatory` in all but one document", rule: "R34")
      }
    }
    if isms.documents(of: .risk).isEmpty {
      reportISMS(
        .error, "the risk register is empty: no `risk` document (8.2)",
        fix: "record the risk assessment results as `risk` documents", rule: "R34")
    }
    let finals = isms.documents.filter { $0.recordStatus == .final }
    if !finals.contains(where: { $0.kind == .competence }) {
      reportISMS(
        .warning, "no final `competence` record (7.2 d)",
        fix: "record evidence of competence in records/competence/", rule: "R34")
    }
    if !finals.contains(where: { $0.kind == .metric }) {
      reportISMS(
        .warning, "no final `metric` record (9.1)", fix: "record monitoring results in records/metrics/",
        rule: "R34")
    }
    if !finals.contains(where: { $0.kind == .managementReview }) {
      reportISMS(
        .warning, "no final `management-review` record (9.3.3)",
        fix: "hold a management review and record it in records/management-reviews/", rule: "R34")
    }
    let completed = isms.documents(of: .audit).contains {
      $0.audit?.type == .internal && ($0.audit?.status == "reported" || $0.audit?.status == "closed")
    }
    if !completed {
      reportISMS(
        .warning, "no completed internal audit (9.2.2)",
        fix: "carry out an internal audit and record its report", rule: "R34")
    }
    let entries = soa
    for control in Self.documentedControls where entries[control]?.1.applicability == .applicable {
      guard relations.documents(implementing: control).isEmpty, let document = entries[control]?.0 else {
        continue
      }
      report(
        .error, document, field: "applicability",
        "\(control) is applicable and needs documentation, but no policy, procedure or plan lists it in `controls`",
        fix: "add \(control) to `controls` of the document that covers it, or write one", rule: "R34")
    }
  }
}
