/// What a due item is.
public enum DueKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The latest start of stage 2 without a CB confirmation (R3).
  case stage2LatestStart = "stage2_latest_start"
  /// A surveillance audit (R12).
  case surveillance
  /// The CONV latest start of the recertification audit (R15).
  case recertificationAudit = "recertification_audit"
  /// The certificate's expiry (R16).
  case expiry
  /// The 6-month window to verify stage 2 majors (R10).
  case majorWindow = "major_window"
  /// A finding's deadline (R52, R53).
  case finding
  /// The end of the restore window (R18).
  case restoreWindow = "restore_window"
  /// The CB's suspension limit (R19).
  case suspensionLimit = "suspension_limit"
}

/// Something the cycle owes, and by when.
public struct DueItem: Sendable, Hashable, Codable {
  /// A stable token for this obligation within the cycle (`surveillance-2026`, `expiry`,
  /// `finding-NC-1`): calendar UIDs are built from it, so it survives a moved due date.
  public let key: String
  /// What it is.
  public let kind: DueKind
  /// A short description.
  public let what: String
  /// The last day.
  public let due: Day
  /// The rule behind the date.
  public let rule: String
  /// The audit or finding concerned.
  public let subject: String?

  /// Creates a due item.
  public init(key: String, kind: DueKind, what: String, due: Day, rule: String, subject: String? = nil) {
    self.key = key
    self.kind = kind
    self.what = what
    self.due = due
    self.rule = rule
    self.subject = subject
  }
}

/// A refusal that blocks the cycle's next step, as a status view shows it.
public struct Blocker: Sendable, Hashable, Codable {
  /// The event it blocks.
  public let event: CycleEvent
  /// The rule.
  public let rule: String
  /// What blocks and what to do.
  public let message: String
  /// Whether a CB override can lift it.
  public let overridable: Bool

  /// Creates a blocker.
  public init(event: CycleEvent, rule: String, message: String, overridable: Bool) {
    self.event = event
    self.rule = rule
    self.message = message
    self.overridable = overridable
  }
}

/// Where a certification cycle stands on `today`: state, validity, what is due next and by when,
/// what blocks the next step, and the alarms. Encodes with stable snake_case keys.
public struct CycleStatus: Sendable, Hashable, Codable {
  /// The cycle id.
  public let cycle: String
  /// The day the status was computed for.
  public let today: Day
  /// The d1 state.
  public let state: CycleState
  /// Initial certification or recertification.
  public let phase: CyclePhase
  /// Whether a valid certificate exists today (not suspended, not expired).
  public let certified: Bool
  /// The d1 `year ∈ {0,1,2,3}`: whole years since the cycle start.
  public let certificationYear: Int?
  /// The current certification body.
  public let certificationBody: String?
  /// The latest decision (R11).
  public let decisionDate: Day?
  /// The certificate's expiry.
  public let expiry: Day?
  /// The event that moves the cycle forward.
  public let nextEvent: CycleEvent?
  /// The earliest open due item.
  public let nextDue: DueItem?
  /// Every open due item, by date.
  public let upcoming: [DueItem]
  /// What blocks `next_event` (empty without readiness facts, see `evaluate`).
  public let blockers: [Blocker]
  /// The alarms, errors first.
  public let alarms: [Alarm]
  /// Periods without valid certification (R18).
  public let uncertified: [DayRange]
  /// The derived dates.
  public let schedule: CycleSchedule

  private enum CodingKeys: String, CodingKey {
    case cycle, today, state, phase, certified, expiry, upcoming, blockers, alarms, uncertified, schedule
    case certificationYear = "certification_year"
    case certificationBody = "certification_body"
    case decisionDate = "decision_date"
    case nextEvent = "next_event"
    case nextDue = "next_due"
  }

  /// Evaluates `summary` on `today`.
  ///
  /// `readiness` carries the facts the next step's guards need (as `CycleMachine` reads them);
  /// when given, `blockers` lists every refusal that step would meet now. Its overrides default
  /// to the summary's.
  public static func evaluate(
    _ summary: CycleSummary, today: Day, policy: CyclePolicy = CyclePolicy(), readiness: CycleContext? = nil
  ) -> CycleStatus {
    let record = summary.record
    let schedule = CycleSchedule.compute(summary, today: today, policy: policy)
    let next = CycleMachine.primaryEvent(
      for: record, findings: readiness?.findings ?? summary.findings.map(\.summary))
    var blockers: [Blocker] = []
    if let next, var context = readiness {
      if context.overrides.isEmpty { context.overrides = summary.overrides }
      blockers = CycleMachine.blockers(record, on: next, context: context).map {
        Blocker(event: next, rule: $0.rule, message: $0.message, overridable: $0.overridable)
      }
    }
    let upcoming = dueItems(summary, schedule: schedule)
    let valid =
      record.expiry.map { today <= $0 } ?? false
      && ([.certified, .recertPlanned, .recertDone].contains(record.state)
        || (record.phase == .recertification && [.ncResolution, .decisionPending].contains(record.state)))
    var year: Int?
    if let start = record.cycleStart, valid || record.state == .suspended {
      year = (0...3).last { start.adding(years: $0) <= today } ?? 0
    }
    return CycleStatus(
      cycle: summary.id, today: today, state: record.state, phase: record.phase, certified: valid,
      certificationYear: year, certificationBody: record.certificationBody,
      decisionDate: record.decisionDate, expiry: record.expiry, nextEvent: next, nextDue: upcoming.first,
      upcoming: upcoming, blockers: blockers,
      alarms: Alarms.evaluate(summary, today: today, policy: policy, schedule: schedule),
      uncertified: record.uncertified, schedule: schedule)
  }

  private static func dueItems(_ summary: CycleSummary, schedule: CycleSchedule) -> [DueItem] {
    let record = summary.record
    var items: [DueItem] = []
    if let day = schedule.stage2LatestStart {
      items.append(
        DueItem(
          key: "stage2-latest-start", kind: .stage2LatestStart, what: "start stage 2 (stage 1 still valid)",
          due: day, rule: "R3"))
    }
    for requirement in schedule.surveillances
    where [.planned, .plannedLate, .missing, .overdue].contains(requirement.status) {
      let what =
        requirement.kind == .first
        ? "first surveillance audit" : "surveillance audit \(requirement.year.map(String.init) ?? "")"
      items.append(
        DueItem(
          key: "surveillance-\(requirement.year.map(String.init) ?? "first")", kind: .surveillance,
          what: what, due: requirement.due, rule: "R12", subject: requirement.audit))
    }
    let recertHeld = summary.audits.contains { audit in
      audit.type == .recertification && audit.state.isHeld
        && record.cycleStart.map { audit.dates.start >= $0 } ?? true
    }
    if let latest = schedule.recertificationLatestStart, !recertHeld {
      items.append(
        DueItem(
          key: "recertification-audit", kind: .recertificationAudit, what: "start the recertification audit",
          due: latest, rule: "R15"))
    }
    if let expiry = schedule.recertificationDeadline {
      items.append(
        DueItem(
          key: "expiry", kind: .expiry, what: "recertification decision before expiry", due: expiry,
          rule: "R16"))
    }
    if let end = schedule.majorWindowEnd, record.state == .ncResolution {
      items.append(
        DueItem(
          key: "major-window", kind: .majorWindow, what: "CB verification of stage 2 majors", due: end,
          rule: "R10"))
    }
    // A minor's deadline is for its plan (R53); after acceptance it waits for the next audit.
    for finding in summary.findings
    where finding.origin == .external && finding.isOpen
      && (finding.grade == .major || (finding.grade == .minor && !finding.state.isAtLeastPlanAccepted))
    {
      let what =
        finding.grade == .major
        ? "CB response and verification for \(finding.id)" : "corrective action plan for \(finding.id)"
      items.append(
        DueItem(
          key: "finding-\(finding.id)", kind: .finding, what: what, due: finding.due,
          rule: FindingPolicy.dueRule(grade: finding.grade, origin: finding.origin), subject: finding.id))
    }
    if let end = schedule.restoreWindowEnd {
      items.append(
        DueItem(
          key: "restore-window", kind: .restoreWindow, what: "restore the certificate", due: end, rule: "R18")
      )
    }
    if let limit = schedule.suspensionLimit {
      items.append(
        DueItem(
          key: "suspension-limit", kind: .suspensionLimit, what: "resolve the suspension cause", due: limit,
          rule: "R19"))
    }
    return items.sorted {
      ($0.due.daysSinceEpoch, $0.kind.rawValue, $0.subject ?? "") < (
        $1.due.daysSinceEpoch, $1.kind.rawValue, $1.subject ?? ""
      )
    }
  }
}
