/// The derived alarms of a cycle (rulebook d1 "Derived alarms"); raw values are stable JSON names.
public enum AlarmKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// R12 breached or about to be (a surveillance overdue or planned after its due date):
  /// suspension risk (R19).
  case surveillanceOverdue = "surveillance_overdue"
  /// Fewer than 120 days to expiry without a recertification audit, or one planned too late (R15).
  case recertAtRisk = "recert_at_risk"
  /// A major's deadline is fewer than 14 days away or passed (R10, R16, R52).
  case majorWindowClosing = "major_window_closing"
  /// Stage 1 is more than 90 days old without stage 2 (R3); an error after 6 months.
  case stage1Stale = "stage1_stale"
  /// Suspended beyond the CB's limit (R19).
  case withdrawalRisk = "withdrawal_risk"
  /// Expired: the restore window is running or has closed (R18).
  case restoreWindowClosing = "restore_window_closing"
  /// The expiry has passed while the cycle still shows a certificate (R16): record `expire`.
  case certificateExpired = "certificate_expired"
}

/// How urgent an alarm is.
public enum AlarmSeverity: String, Sendable, Hashable, Codable {
  /// Act soon.
  case warning
  /// A rule is breached.
  case error
}

/// One alarm raised for a cycle.
public struct Alarm: Sendable, Hashable, Codable {
  /// What kind of alarm.
  public let kind: AlarmKind
  /// How urgent.
  public let severity: AlarmSeverity
  /// The rule behind it.
  public let rule: String
  /// What is wrong and what to do.
  public let message: String
  /// The deadline concerned.
  public let due: Day?
  /// The audit or finding concerned.
  public let subject: String?

  /// Creates an alarm.
  public init(
    kind: AlarmKind, severity: AlarmSeverity, rule: String, message: String, due: Day? = nil,
    subject: String? = nil
  ) {
    self.kind = kind
    self.severity = severity
    self.rule = rule
    self.message = message
    self.due = due
    self.subject = subject
  }
}

/// Computes the alarms of a cycle.
public enum Alarms {
  /// Every alarm of `summary` as of `today`, errors first, then by due date and kind.
  public static func evaluate(
    _ summary: CycleSummary, today: Day, policy: CyclePolicy = CyclePolicy(),
    schedule: CycleSchedule? = nil
  ) -> [Alarm] {
    let schedule = schedule ?? CycleSchedule.compute(summary, today: today, policy: policy)
    let record = summary.record
    var alarms: [Alarm] = []

    for requirement in schedule.surveillances {
      let what =
        requirement.kind == .first
        ? "the first surveillance (due within \(policy.firstSurveillanceMonths) months of \(schedule.anchor.map(\.description) ?? "the anchor"))"
        : "the \(requirement.year.map(String.init) ?? "") surveillance"
      switch requirement.status {
      case .overdue:
        alarms.append(
          Alarm(
            kind: .surveillanceOverdue, severity: .error, rule: "R12",
            message: "\(what) was due by \(requirement.due) and has not been held: suspension risk (R19); "
              + "hold it or record the CB's postponement (override R12)",
            due: requirement.due, subject: requirement.audit))
      case .plannedLate:
        alarms.append(
          Alarm(
            kind: .surveillanceOverdue, severity: .error, rule: "R12",
            message: "\(what) is planned after its due date \(requirement.due); move it earlier or record "
              + "the CB's postponement (override R12)",
            due: requirement.due, subject: requirement.audit))
      case .missing where today.days(until: requirement.due) <= policy.surveillanceWarnDays:
        alarms.append(
          Alarm(
            kind: .surveillanceOverdue, severity: .warning, rule: "R12",
            message: "\(what) is due by \(requirement.due) and none is planned",
            due: requirement.due))
      default:
        break
      }
    }

    if let deadline = schedule.recertificationDeadline, let expiry = record.expiry {
      let recert = summary.audits.first { audit in
        audit.type == .recertification && audit.state != .cancelled
          && record.cycleStart.map { audit.dates.start >= $0 } ?? true
      }
      let left = today.days(until: deadline)
      if recert == nil, record.state != .recertPlanned, record.state != .recertDone,
        left < policy.recertWarnDays
      {
        alarms.append(
          Alarm(
            kind: .recertAtRisk, severity: left <= 0 ? .error : .warning, rule: "R15",
            message: "\(max(left, 0)) days to expiry \(expiry) and no recertification audit is planned; "
              + "plan it at least \(policy.recertLeadDays) days before expiry",
            due: deadline))
      } else if let recert, let latest = schedule.recertificationLatestStart, recert.dates.start > latest,
        !recert.state.isHeld
      {
        alarms.append(
          Alarm(
            kind: .recertAtRisk, severity: .warning, rule: "R15",
            message: "the recertification audit \(recert.id) starts \(recert.dates.start), after \(latest) "
              + "(\(policy.recertLeadDays) days before expiry): a major would have no 90-day window",
            due: latest, subject: recert.id))
      }
    }

    alarms += majorAlarms(summary, today: today, policy: policy, schedule: schedule)

    if let stage1 = record.stage1LastDay, [.stage1Done, .stage1Concerns].contains(record.state) {
      let age = stage1.days(until: today)
      let limit = stage1.adding(months: policy.stage1MaxMonths)
      if today > limit, summary.overrides.lifting("R3", on: today) == nil {
        alarms.append(
          Alarm(
            kind: .stage1Stale, severity: .error, rule: "R3",
            message: "stage 1 (last day \(stage1)) is more than \(policy.stage1MaxMonths) months old; "
              + "stage 2 needs the CB's confirmation that stage 1 is still valid, or a repeated stage 1",
            due: limit))
      } else if age > policy.stage1WarnDays {
        alarms.append(
          Alarm(
            kind: .stage1Stale, severity: .warning, rule: "R3",
            message: "stage 1 (last day \(stage1)) is \(age) days old and stage 2 is not planned",
            due: limit))
      }
    }

    if let limit = schedule.suspensionLimit, let since = record.suspendedOn {
      alarms.append(
        Alarm(
          kind: .withdrawalRisk, severity: today > limit ? .error : .warning, rule: "R19",
          message: today > limit
            ? "suspended since \(since), beyond the \(policy.suspensionLimitMonths)-month limit \(limit): "
              + "withdrawal or scope reduction is due"
            : "suspended since \(since); resolve the cause by \(limit) or the certificate may be withdrawn",
          due: limit))
    }

    if let end = schedule.restoreWindowEnd, let expiry = record.expiry {
      let extended = summary.overrides.lifting("R18", on: today) != nil
      alarms.append(
        Alarm(
          kind: .restoreWindowClosing, severity: today > end && !extended ? .error : .warning, rule: "R18",
          message: today > end
            ? "the restore window closed on \(end); at least a new stage 2 is needed (record `lapse`)"
            : "not certified since \(expiry.adding(days: 1)); the CB may restore until \(end)",
          due: end))
    }

    if let expiry = record.expiry, today > expiry,
      [.certified, .recertPlanned, .recertDone, .suspended].contains(record.state)
        || (record.phase == .recertification && [.ncResolution, .decisionPending].contains(record.state))
    {
      alarms.append(
        Alarm(
          kind: .certificateExpired, severity: .error, rule: "R16",
          message: "the certificate expired on \(expiry) without a recertification decision; record `expire`",
          due: expiry))
    }

    return alarms.sorted {
      ($0.severity == .error ? 0 : 1, $0.due?.daysSinceEpoch ?? Int.max, $0.kind.rawValue, $0.subject ?? "")
        < (
          $1.severity == .error ? 0 : 1, $1.due?.daysSinceEpoch ?? Int.max, $1.kind.rawValue, $1.subject ?? ""
        )
    }
  }

  private static func majorAlarms(
    _ summary: CycleSummary, today: Day, policy: CyclePolicy, schedule: CycleSchedule
  ) -> [Alarm] {
    var alarms: [Alarm] = []
    let record = summary.record
    let openMajors = summary.findings.filter { $0.origin == .external && $0.grade == .major && $0.isOpen }
    func closing(_ due: Day, rule: String, subject: String?, what: String) {
      let left = today.days(until: due)
      guard left < policy.majorWindowWarnDays, summary.overrides.lifting(rule, on: today) == nil else {
        return
      }
      alarms.append(
        Alarm(
          kind: .majorWindowClosing, severity: left < 0 ? .error : .warning, rule: rule,
          message: left < 0 ? "\(what) passed on \(due)" : "\(what) is \(due) (\(left) days left)",
          due: due, subject: subject))
    }
    if let end = schedule.majorWindowEnd, !openMajors.isEmpty {
      closing(
        end, rule: "R10", subject: nil,
        what: "the 6-month window to verify stage 2 majors (\(listedIDs(openMajors.map(\.id))))")
    }
    if record.phase == .recertification,
      [.recertDone, .ncResolution, .decisionPending].contains(record.state),
      let expiry = record.expiry, !openMajors.isEmpty
    {
      closing(
        expiry, rule: "R16", subject: nil,
        what:
          "the expiry by which recertification majors must be verified (\(listedIDs(openMajors.map(\.id))))")
    }
    for finding in openMajors {
      closing(
        finding.due, rule: "R52", subject: finding.id, what: "the CB response deadline of \(finding.id)")
    }
    return alarms
  }
}
