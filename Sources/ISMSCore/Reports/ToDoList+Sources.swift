/// The sources of ``ToDoList``: one function per kind of work.
extension ToDoList {
  /// Controlled documents waiting for an approval of their current content (drafts, `in_review`,
  /// approved ones changed since): any holder of the approver role may approve.
  static let approvals: Source = { input in
    let isms = input.facts.isms
    return isms.documents.filter(\.kind.isControlled).compactMap { document in
      let state = input.approvals[document.id] ?? ApprovalState(document, history: [])
      guard state.awaitsApproval else { return nil }
      let role = ApprovalRules.requiredRole(for: document)
      let who =
        role.map { ApprovalRules.approvers(holding: $0, in: isms.config, excluding: []).map(\.id) } ?? []
      return Item(
        .approve, id: document.id, title: document.title, path: document.path, who: who, config: isms.config,
        due: nil, today: input.facts.today, detail: state.label,
        command: "isms review approve \(document.id) --by \(who.first ?? role?.rawValue ?? "PERSON")")
    }
  }

  /// Periodic reviews of documents, risks and suppliers due in the window (``ReviewDueReport``), by
  /// their owner.
  static let reviews: Source = { input in
    let isms = input.facts.isms
    let report = ReviewDueReport(isms: isms, today: input.facts.today, within: input.within)
    return report.rows.map { row in
      let by = row.owner ?? "PERSON"
      if row.state.hasPrefix("assurance_") {
        // The record running out says what to record next: a new certificate, or a new SOC 2
        // report (a bridge letter, `--type bridge-letter --covers ID`, is the other way).
        let type =
          row.record.flatMap { isms.document(id: $0)?.assurance?.type }
          ?? (row.detail?.contains("SOC 2") == true ? .soc2 : .iso27001)
        return Item(
          .assurance, id: row.id, title: row.title, path: row.path, who: row.owner.map { [$0] } ?? [],
          config: isms.config, due: row.due, today: input.facts.today, detail: row.detail,
          command: "isms supplier assurance add --supplier \(row.id) --type \(type.rawValue) --by \(by)")
      }
      return Item(
        .review, id: row.id, title: row.title, path: row.path, who: row.owner.map { [$0] } ?? [],
        config: isms.config, due: row.due, today: input.facts.today,
        detail: row.state == "never_reviewed" ? "never reviewed" : nil,
        command: "isms review record \(row.id) --by \(by)")
    }
  }

  /// Occurrences of control activities without evidence that fall due in the window (or were
  /// missed in the last quarter), by the activity's owner. Per-change activities are left out:
  /// their changes are approved in pull requests, not evidenced one by one.
  static let activities: Source = { input in
    let isms = input.facts.isms
    let today = input.facts.today
    let period = DayRange(start: today.adding(days: -92), end: input.limit)
    let statuses = OperationEvaluation.evaluate(isms: isms, period: period, today: today, changes: nil)
    return statuses.flatMap { status -> [Item] in
      let owner = status.activity.owner
      return status.occurrences.filter {
        [.open, .due, .missed].contains($0.state) && $0.dueBy <= input.limit
      }
      .map { occurrence in
        Item(
          .activity, id: status.document.id, title: status.document.title, path: status.document.path,
          who: owner.map { [$0] } ?? [], config: isms.config, due: occurrence.dueBy, today: today,
          detail: "\(occurrence.occurrence.label) \(occurrence.state.rawValue)",
          command:
            "isms evidence add --activity \(status.document.id) --covers \(occurrence.occurrence.label) "
            + "--by \(owner ?? "PERSON")")
      }
    }
  }

  /// Open findings due in the window (by the owners of their actions, else the ISMS manager:
  /// ``responsible(_:)``) and their corrective actions due before the finding is implemented, each
  /// named `FINDING-An` by its place in `actions`.
  static let findings: Source = { input in
    let facts = input.facts
    let config = facts.isms.config
    let managers = responsible(config)
    var items: [Item] = []
    for document in facts.isms.documents(of: .finding) {
      let state = facts.findingState(document)
      guard let finding = document.finding, !state.isTerminal else { continue }
      let done = [.implemented, .verified].contains(state)
      let owners = unique(finding.actions.compactMap(\.owner))
      if let due = finding.due, due <= input.limit || done {
        let who = owners.isEmpty || done ? managers : owners
        let verb =
          state == .implemented ? "verify" : state == .verified ? "close" : "update"
        items.append(
          Item(
            .finding, id: document.id, title: document.title ?? finding.statement, path: document.path,
            who: who, config: config, due: due, today: facts.today, detail: state.rawValue,
            command: "isms finding \(verb) \(document.id) --by \(who.first ?? "PERSON")"))
      }
      guard !done else { continue }
      for (number, action) in zip(1..., finding.actions) {
        guard let due = action.due, due <= input.limit else { continue }
        let who = action.owner.map { [$0] } ?? managers
        items.append(
          Item(
            .action, id: "\(document.id)-A\(number)", title: action.action, path: document.path, who: who,
            config: config,
            due: due, today: facts.today, detail: "corrective action",
            command: "isms finding update \(document.id) --event implement --by \(who.first ?? "PERSON")"))
      }
    }
    return items
  }

  /// Audits to hold or report (by their lead auditor, else the ISMS manager), and the audits a
  /// certification cycle requires that none is planned for yet.
  static let audits: Source = { input in
    let facts = input.facts
    let config = facts.isms.config
    let managers = responsible(config)
    var items: [Item] = []
    for document in facts.isms.documents(of: .audit) {
      guard let days = facts.auditDays(document) else { continue }
      let step: (verb: String, due: Day)
      switch facts.auditState(document) {
      case .planned, .scheduled: step = ("start", days.start)
      case .inProgress: step = ("fieldwork", days.end)
      case .fieldworkDone: step = ("report", days.end)
      default: continue
      }
      guard step.due <= input.limit else { continue }
      let lead = document.audit?.leadAuditor.flatMap { config?.person($0)?.id }
      let who = lead.map { [$0] } ?? managers
      items.append(
        Item(
          .audit, id: document.id, title: document.title, path: document.path, who: who, config: config,
          due: step.due, today: facts.today, detail: facts.auditState(document).rawValue,
          command: "isms audit \(step.verb) \(document.id) --by \(who.first ?? "PERSON")"))
    }
    let cycles = facts.isms.documents(of: .cycle).filter { !facts.cycleProgress($0).state.isTerminal }
    for cycle in cycles {
      let wanted: [DueKind: AuditType] = [
        .surveillance: .surveillance, .recertificationAudit: .recertification, .stage2LatestStart: .stage2,
      ]
      for due in facts.status(of: cycle).upcoming where due.subject == nil && due.due <= input.limit {
        guard let type = wanted[due.kind] else { continue }
        items.append(
          Item(
            .audit, id: cycle.id, title: due.what, path: nil, who: managers, config: config, due: due.due,
            today: facts.today, detail: "to plan",
            command: "isms audit plan AUD-ID --type \(type.rawValue) --cycle \(cycle.id) --by "
              + (managers.first ?? "PERSON")))
      }
    }
    return items
  }

  /// Management reviews to finalise (drafts), the next one to hold (12 months after the last final
  /// one, or now when none was held), and their decisions due, by top management and the owners.
  static let managementReviews: Source = { input in
    let facts = input.facts
    let config = facts.isms.config
    let top = holders(.topManagement, config)
    let by = top.first ?? "PERSON"
    let reviews = facts.isms.documents(of: .managementReview)
    var items: [Item] = []
    for review in reviews where review.recordStatus != .final {
      items.append(
        Item(
          .managementReview, id: review.id, title: review.title, path: review.path, who: top, config: config,
          due: review.managementReview?.date, today: facts.today, detail: "draft",
          command: "isms management-review finalize \(review.id) --by \(by)"))
    }
    let held = reviews.filter { $0.recordStatus == .final }.compactMap { $0.managementReview?.date }.max()
    let next = held.map { $0.adding(months: 12) }
    if reviews.allSatisfy({ $0.recordStatus == .final }), next.map({ $0 <= input.limit }) ?? true {
      let id = ManagementReviewMinutes.nextID(in: facts.isms, year: facts.today.year)
      items.append(
        Item(
          .managementReview, id: id, title: held == nil ? "First management review" : "Management review",
          path: nil, who: top, config: config, due: next, today: facts.today,
          detail: held.map { "last held \($0)" } ?? "never held",
          command: "isms management-review open \(id) --attendee \(by) --by \(by)"))
    }
    for review in reviews {
      for action in ManagementReviewMinutes.actions(of: review) where action.status == .open {
        guard let due = action.due, due <= input.limit else { continue }
        let who = action.owner.map { [$0] } ?? top
        items.append(
          Item(
            .action, id: action.id, title: action.decision, path: review.path, who: who, config: config,
            due: due, today: facts.today, detail: "management review decision",
            command: "isms management-review check \(review.id)"))
      }
    }
    return items
  }

  /// Who runs the ISMS day to day: the holders of `isms-manager`, else of `ciso`, else of
  /// `top-management`.
  private static func responsible(_ config: ISMSConfig?) -> [String] {
    [Role.ismsManager, .ciso, .topManagement].lazy.map { holders($0, config) }.first { !$0.isEmpty } ?? []
  }

  /// The ids of the people holding `role`, in id order.
  private static func holders(_ role: Role, _ config: ISMSConfig?) -> [String] {
    ApprovalRules.approvers(holding: role, in: config, excluding: []).map(\.id)
  }

  /// `ids` without repeats, in first-seen order.
  private static func unique(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
