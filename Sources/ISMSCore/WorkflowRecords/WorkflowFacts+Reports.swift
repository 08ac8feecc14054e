/// The read-only views: cycle status with readiness, programme coverage and the calendar.
extension WorkflowFacts {
  /// Where `cycle` stands today, with the blockers of its next step.
  public func status(of cycle: Document) -> CycleStatus {
    let facts = cycleSummary(cycle)
    let next = CycleMachine.primaryEvent(
      for: facts.record, findings: phaseFindings(cycle, phase: facts.record.phase).map(summary(of:)))
    var readiness = cycleContext(cycle, event: next ?? .apply, on: today)
    if next == .planStage2, readiness.audit == nil || facts.record.stage2Start == nil {
      // Not planned yet: show what would block a stage 2 starting today.
      readiness.audit = DayRange(start: today)
    }
    return CycleStatus.evaluate(facts, today: today, readiness: readiness)
  }

  /// The applicable Annex A controls of the SoA, in catalog order (`A.5.3` before `A.5.29`).
  public var applicableControls: [String] {
    let ids = isms.documents(of: .control).filter { $0.soaEntry?.applicability == .applicable }.map(\.id)
    return ids.sorted { order($0).lexicographicallyPrecedes(order($1)) }
  }

  /// The numbers of a dotted id, for catalog order.
  private func order(_ id: String) -> [Int] { id.split(separator: ".").compactMap { Int($0) } }

  /// Internal audit programme coverage (R48 CONV) for the cycle's window: its three years once
  /// decided, else the three years up to today.
  public func programme(cycle: Document?) -> ProgrammeCoverage {
    let audits = isms.documents(of: .audit).filter { $0.audit?.type == .internal }.compactMap {
      audit -> InternalAuditCoverage? in
      guard let fields = audit.audit, let day = fields.end ?? fields.start else { return nil }
      return InternalAuditCoverage(
        id: audit.id, day: day, completed: [.reported, .closed].contains(auditState(audit)),
        clauses: fields.scopeClauses, controls: fields.scopeControls)
    }
    let record = cycle.map(cycleProgress)
    let window =
      record.flatMap { progress in
        progress.cycleStart.map { DayRange(start: $0, end: progress.expiry ?? $0.adding(years: 3)) }
      } ?? DayRange(start: today.adding(years: -3), end: today)
    let stage2 = record?.phase == .initial ? record?.stage2Start : nil
    return ProgrammeCoverage.compute(
      audits: audits, applicableControls: applicableControls, today: today, cycleWindow: window,
      stage2Start: stage2)
  }

  /// Every upcoming audit, deadline, review and action, as calendar events.
  public func calendarEvents() -> [CalendarEvent] {
    var input = UpcomingEventsInput()
    input.cycles = isms.documents(of: .cycle).filter { !cycleProgress($0).state.isTerminal }.map(status(of:))
    input.audits = isms.documents(of: .audit).compactMap { audit in
      guard let type = audit.audit?.type, let days = auditDays(audit) else { return nil }
      return CalendarAudit(
        id: audit.id, title: audit.title ?? audit.id, type: type, dates: days, state: auditState(audit))
    }
    input.findings = isms.documents(of: .finding).compactMap { finding in
      guard let grade = finding.finding?.grade, let due = finding.finding?.due else { return nil }
      return CalendarFinding(
        id: finding.id, title: finding.title ?? finding.id, grade: grade, state: findingState(finding),
        due: due)
    }
    input.reviews = ReviewSchedule(isms: isms).items.compactMap { item in
      item.due.map {
        CalendarReview(id: item.id, title: item.title ?? item.id, nextReview: $0, owner: item.owner)
      }
    }
    input.actions = isms.documents(of: .managementReview).flatMap(ManagementReviewMinutes.actions(of:))
    return UpcomingEvents.build(input, today: today)
  }
}

/// A calendar event as `isms calendar --format json` writes it.
public struct CalendarEventJSON: Sendable, Hashable, Codable {
  /// The stable UID.
  public let uid: String
  /// The title.
  public let summary: String
  /// The body text.
  public let description: String
  /// The first day.
  public let start: Day
  /// The last day (inclusive).
  public let end: Day
  /// Category labels.
  public let categories: [String]
  /// A link, when known.
  public let url: String?

  /// The JSON form of `event`.
  public init(_ event: CalendarEvent) {
    uid = event.uid
    summary = event.summary
    description = event.description
    start = event.day
    end = max(event.day, event.endDay ?? event.day)
    categories = event.categories
    url = event.url
  }
}
