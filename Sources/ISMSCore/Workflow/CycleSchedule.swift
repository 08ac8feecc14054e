/// Whether and how a surveillance requirement (R12) is met.
public enum RequirementStatus: String, Sendable, Hashable, Codable {
  /// Held on or before its due date.
  case met
  /// Planned on or before its due date, not yet held.
  case planned
  /// Planned, but after its due date.
  case plannedLate = "planned_late"
  /// Held, but after its due date.
  case late
  /// Nothing planned yet; not due yet.
  case missing
  /// Due date passed without a surveillance.
  case overdue
  /// Lifted by a CB override without a new due date (R23).
  case waived
}

/// One surveillance the cycle owes (R12): the first within 12 months of the anchor, or one
/// in a calendar year between the decision year and the recertification year.
public struct SurveillanceRequirement: Sendable, Hashable, Codable {
  /// Which part of R12 this is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The first surveillance: at most 12 months after the anchor.
    case first
    /// The surveillance of a calendar year.
    case calendarYear = "calendar_year"
  }

  /// Which part of R12 this is.
  public let kind: Kind
  /// The calendar year, for `calendar_year`.
  public let year: Int?
  /// The last day it may be held (after any override).
  public let due: Day
  /// The audit that meets or is planned to meet it.
  public let audit: String?
  /// How it stands.
  public let status: RequirementStatus
  /// The `cb_ref` of the override that moved or waived it.
  public let overriddenBy: String?

  /// Creates a requirement.
  public init(
    kind: Kind, year: Int?, due: Day, audit: String?, status: RequirementStatus, overriddenBy: String? = nil
  ) {
    self.kind = kind
    self.year = year
    self.due = due
    self.audit = audit
    self.status = status
    self.overriddenBy = overriddenBy
  }

  private enum CodingKeys: String, CodingKey {
    case kind, year, due, audit, status
    case overriddenBy = "overridden_by"
  }
}

/// The dates the cycle rules derive for one cycle (pure: everything comes from the summary,
/// `today` and the policy).
public struct CycleSchedule: Sendable, Hashable, Codable {
  /// The day surveillance is counted from (R12): the decision, or stage 2's last day.
  public let anchor: Day?
  /// The surveillances the cycle owes (R12, R13), in due order.
  public let surveillances: [SurveillanceRequirement]
  /// The calendar year of the recertification audit: its start year when one is planned,
  /// else the year of the latest CONV start (expiry − 90 days).
  public let recertificationYear: Int?
  /// The recertification audit must end before this day: the expiry, or a CB's R15/R16 new due.
  public let recertificationDeadline: Day?
  /// CONV latest start of the recertification audit: expiry − 90 days (R15).
  public let recertificationLatestStart: Day?
  /// The last day to verify stage 2 majors: stage 2's last day + 6 months (R10), while relevant.
  public let majorWindowEnd: Day?
  /// The last day the CB may restore after expiry: expiry + 6 months (R18), while expired.
  public let restoreWindowEnd: Day?
  /// The CB's suspension limit: suspension day + 6 months (R19), while suspended.
  public let suspensionLimit: Day?
  /// The latest stage 2 start without a CB confirmation: stage 1 + 6 months (R3), while relevant.
  public let stage2LatestStart: Day?

  private enum CodingKeys: String, CodingKey {
    case anchor, surveillances
    case recertificationYear = "recertification_year"
    case recertificationDeadline = "recertification_deadline"
    case recertificationLatestStart = "recertification_latest_start"
    case majorWindowEnd = "major_window_end"
    case restoreWindowEnd = "restore_window_end"
    case suspensionLimit = "suspension_limit"
    case stage2LatestStart = "stage2_latest_start"
  }

  /// States in which the cycle holds (or held until expiry) a certificate and owes surveillance.
  static let certifiedStates: Set<CycleState> = [
    .certified, .recertPlanned, .recertDone, .ncResolution, .decisionPending, .suspended,
  ]

  /// Derives the schedule of `summary` as of `today`.
  public static func compute(_ summary: CycleSummary, today: Day, policy: CyclePolicy = CyclePolicy())
    -> CycleSchedule
  {
    let record = summary.record
    let certified = record.phase == .recertification && certifiedStates.contains(record.state)
    let inCycle = summary.audits.filter { audit in
      audit.state != .cancelled && record.cycleStart.map { audit.dates.start >= $0 } ?? true
    }
    let recertAudit = inCycle.filter { $0.type == .recertification }.min { $0.dates.start < $1.dates.start }
    let latestStart = record.expiry.map { $0.adding(days: -policy.recertLeadDays) }
    let recertYear = recertAudit?.dates.start.year ?? latestStart?.year

    var surveillances: [SurveillanceRequirement] = []
    if certified, let anchor = record.anchorDay, let decision = record.decisionDate, let recertYear {
      let held = inCycle.filter { $0.type == .surveillance }.sorted { $0.dates.start < $1.dates.start }
      surveillances = requirements(
        anchor: anchor, decisionYear: decision.year, recertYear: recertYear, surveillances: held,
        today: today, policy: policy, overrides: summary.overrides)
    }

    var deadline = record.expiry
    for override in summary.overrides where ["R15", "R16"].contains(override.rule.uppercased()) {
      if let newDue = override.newDue, override.lifts(override.rule, on: newDue) {
        deadline = max(deadline ?? newDue, newDue)
      }
    }
    let initialNCs =
      record.phase == .initial && [.stage2Done, .ncResolution, .decisionPending].contains(record.state)
    let stage1Pending = [.stage1Done, .stage1Concerns].contains(record.state)
    return CycleSchedule(
      anchor: record.anchorDay,
      surveillances: surveillances,
      recertificationYear: certified ? recertYear : nil,
      recertificationDeadline: certified ? deadline : nil,
      recertificationLatestStart: certified ? latestStart : nil,
      majorWindowEnd: initialNCs ? record.stage2LastDay?.adding(months: policy.majorWindowMonths) : nil,
      restoreWindowEnd: record.state == .expired
        ? record.expiry?.adding(months: policy.restoreWindowMonths) : nil,
      suspensionLimit: record.state == .suspended
        ? record.suspendedOn?.adding(months: policy.suspensionLimitMonths) : nil,
      stage2LatestStart: stage1Pending ? record.stage1LastDay?.adding(months: policy.stage1MaxMonths) : nil)
  }

  /// R12: the first surveillance ≤ anchor + 12 months, and one in every calendar year Y with
  /// year(D) < Y < the recertification year. R12 overrides move the earliest unmet ones.
  static func requirements(
    anchor: Day, decisionYear: Int, recertYear: Int, surveillances: [CycleAudit], today: Day,
    policy: CyclePolicy, overrides: [Override]
  ) -> [SurveillanceRequirement] {
    struct Draft {
      var kind: SurveillanceRequirement.Kind
      var year: Int?
      var due: Day
      var candidates: [CycleAudit]
      var overriddenBy: String?
      var waived = false
    }
    var drafts = [
      Draft(
        kind: .first, year: nil, due: anchor.adding(months: policy.firstSurveillanceMonths),
        candidates: surveillances.filter { $0.dates.start >= anchor })
    ]
    if decisionYear + 1 < recertYear {
      for year in (decisionYear + 1)..<recertYear {
        drafts.append(
          Draft(
            kind: .calendarYear, year: year, due: Day(year: year, month: 12, day: 31) ?? anchor,
            candidates: surveillances.filter { $0.dates.start.year == year }))
      }
    }
    func metOnTime(_ draft: Draft) -> Bool {
      draft.candidates.contains { $0.state.isHeld && $0.dates.start <= draft.due }
    }
    let r12 = overrides.filter {
      $0.rule.uppercased() == "R12" && !$0.justification.isBlankField && !$0.cbRef.isBlankField
    }
    for override in r12.sorted(by: { ($0.newDue ?? anchor) < ($1.newDue ?? anchor) }) {
      let order = drafts.indices.sorted { drafts[$0].due < drafts[$1].due }
      guard
        let index = order.first(where: { index in
          drafts[index].overriddenBy == nil && !metOnTime(drafts[index])
            && override.newDue.map { drafts[index].due < $0 } ?? true
        })
      else { continue }
      drafts[index].overriddenBy = override.cbRef
      if let newDue = override.newDue { drafts[index].due = newDue } else { drafts[index].waived = true }
    }
    return drafts.map { draft in
      let onTime = draft.candidates.first { $0.dates.start <= draft.due }
      let any = onTime ?? draft.candidates.first
      let status: RequirementStatus
      if draft.waived {
        status = .waived
      } else if let onTime, onTime.state.isHeld {
        status = .met
      } else if let any, any.state.isHeld {
        status = .late
      } else if today > draft.due {
        status = .overdue
      } else if onTime != nil {
        status = .planned
      } else if any != nil {
        status = .plannedLate
      } else {
        status = .missing
      }
      return SurveillanceRequirement(
        kind: draft.kind, year: draft.year, due: draft.due, audit: any?.id, status: status,
        overriddenBy: draft.overriddenBy)
    }.sorted { ($0.due, $0.kind.rawValue) < ($1.due, $1.kind.rawValue) }
  }
}
