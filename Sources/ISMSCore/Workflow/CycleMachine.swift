/// The certification-cycle state machine (rulebook d1): `(record, event, context) → record | Refusal`.
///
/// Pure: every date comes from the context (`on`, the audit's dates) or the record.
public enum CycleMachine {
  /// Applies `event` to `record`.
  /// - Throws: the first `Refusal` of the guards that are not lifted by an override.
  public static func transition(
    _ record: CycleProgress, on event: CycleEvent, context: CycleContext
  ) throws(Refusal) -> TransitionResult<CycleProgress> {
    let (guards, next) = evaluate(record, event, context)
    return try guards.result(next)
  }

  /// Every refusal `event` would meet now (empty when it would be accepted): the "what blocks
  /// it" of a status view.
  public static func blockers(
    _ record: CycleProgress, on event: CycleEvent, context: CycleContext
  ) -> [Refusal] {
    evaluate(record, event, context).0.refusals
  }

  /// The events the machine has for a state and phase, whatever their guards say.
  public static func events(from state: CycleState, phase: CyclePhase) -> [CycleEvent] {
    let own = ownEvents(from: state, phase: phase)
    return own.isEmpty ? [] : own + [.recordOverride]
  }

  private static func ownEvents(from state: CycleState, phase: CyclePhase) -> [CycleEvent] {
    switch state {
    case .preparing: return [.apply]
    case .applied: return [.planStage1]
    case .stage1Planned: return [.recordStage1]
    case .stage1Concerns: return [.addressConcerns, .planStage1]
    case .stage1Done: return [.planStage2, .planStage1]
    case .stage2Planned: return [.recordStage2]
    case .stage2Done: return [.openNCResolution, .requestDecision]
    case .ncResolution:
      return phase == .initial ? [.acceptResponses, .majorWindowLapsed] : [.acceptResponses, .expire]
    case .decisionPending: return phase == .initial ? [.grant, .refuse] : [.grant, .refuse, .expire]
    case .certified:
      return [.holdSurveillance, .planRecert, .suspend, .withdraw, .specialAudit, .transfer, .expire]
    case .recertPlanned: return [.recordRecert, .suspend, .expire]
    case .recertDone: return [.openNCResolution, .requestDecision, .expire]
    case .suspended: return [.reinstate, .reduceScope, .withdraw, .specialAudit, .expire]
    case .expired: return [.restore, .lapse]
    case .withdrawn, .lapsed: return []
    }
  }

  /// The event that moves the cycle forward from its state, for status views; `nil` in a
  /// terminal state. In `certified` it is the recertification once surveillances are done;
  /// after a report it depends on whether `findings` hold a nonconformity.
  public static func primaryEvent(for record: CycleProgress, findings: [FindingSummary] = []) -> CycleEvent? {
    switch record.state {
    case .preparing: return .apply
    case .applied: return .planStage1
    case .stage1Planned: return .recordStage1
    case .stage1Concerns: return .addressConcerns
    case .stage1Done: return .planStage2
    case .stage2Planned: return .recordStage2
    case .stage2Done, .recertDone: return findings.hasNonconformity ? .openNCResolution : .requestDecision
    case .ncResolution: return .acceptResponses
    case .decisionPending: return .grant
    case .certified: return record.surveillancesHeld >= 2 ? .planRecert : .holdSurveillance
    case .recertPlanned: return .recordRecert
    case .suspended: return .reinstate
    case .expired: return .restore
    case .withdrawn, .lapsed: return nil
    }
  }

  // MARK: - Guards and actions

  static func evaluate(
    _ record: CycleProgress, _ event: CycleEvent, _ context: CycleContext
  ) -> (GuardSet, CycleProgress) {
    var guards = GuardSet(on: context.on, overrides: context.overrides)
    var next = record
    if let refusal = misplaced(record, event) {
      guards.refuse(refusal)
      return (guards, next)
    }
    guard events(from: record.state, phase: record.phase).contains(event) else {
      let possible = events(from: record.state, phase: record.phase).map(\.rawValue)
      guards.refuse(
        Refusal(
          rule: "d1",
          message: "`\(event.rawValue)` is not possible while the cycle is `\(record.state.rawValue)`"
            + (possible.isEmpty
              ? " (a terminal state)" : "; possible now: \(possible.joined(separator: ", "))")))
      return (guards, next)
    }
    let policy = context.policy
    let on = context.on
    switch event {
    case .apply:
      next.state = .applied

    case .planStage1:
      // Planning stage 1 again from stage1_done/stage1_concerns is R3's "repeated stage 1".
      next.state = .stage1Planned
      next.stage1LastDay = nil

    case .recordStage1:
      guards.require(
        context.stage1ConclusionsRecorded,
        Refusal(
          rule: "R2",
          message: "the stage 1 report has no conclusions on whether the stage 1 objectives were met and "
            + "whether the organization is ready for stage 2; record them in the audit's `conclusion`"))
      guards.require(
        context.stage1Concerns != nil,
        Refusal(
          rule: "R2",
          message: "the stage 1 report has no list of areas of concern; record `concerns` "
            + "(an empty list when the CB raised none)"))
      let open = (context.stage1Concerns ?? []).filter { $0.status == .open }
      next.state = open.isEmpty ? .stage1Done : .stage1Concerns
      next.stage1LastDay = context.audit?.end ?? on

    case .addressConcerns:
      let open = (context.stage1Concerns ?? []).filter { $0.status == .open }.map(\.id)
      guards.require(
        open.isEmpty,
        Refusal(
          rule: "R5",
          message: "stage 1 areas of concern still open: \(listedIDs(open)); mark each `addressed` or "
            + "`accepted-risk`"))
      next.state = .stage1Done

    case .planStage2:
      guard let stage2 = requireAudit(context, for: "stage 2", guards: &guards) else { break }
      planStage2Guards(record, stage2: stage2, context: context, guards: &guards)
      next.state = .stage2Planned
      next.stage2Start = stage2.start
      next.stage2LastDay = nil

    case .recordStage2:
      guards.require(
        record.stage1LastDay != nil,
        Refusal(
          rule: "R1",
          message: "a stage 2 report cannot be recorded without a stage 1 in the same attempt; "
            + "record stage 1 first"))
      requireGraded(context.findings, guards: &guards)
      next.state = .stage2Done
      next.stage2Start = record.stage2Start ?? context.audit?.start
      next.stage2LastDay = context.audit?.end ?? on

    case .openNCResolution:
      requireGraded(context.findings, guards: &guards)
      guards.require(
        context.findings.hasNonconformity,
        Refusal(rule: "d1", message: "the report raised no nonconformity; use `request_decision`"))
      next.state = .ncResolution

    case .requestDecision:
      requireGraded(context.findings, guards: &guards)
      let ncs = context.findings.filter { $0.grade?.isNonconformity ?? false }.filter {
        $0.state != .void && $0.state != .escalated
      }.map(\.id)
      guards.require(
        ncs.isEmpty,
        Refusal(
          rule: "R9",
          message: "nonconformities \(listedIDs(ncs)) need CB acceptance first; use `open_nc_resolution`"))
      next.state = .decisionPending

    case .acceptResponses:
      requireResponsesAccepted(context.findings, guards: &guards)
      if record.phase == .recertification, let expiry = record.expiry {
        guards.require(
          on <= expiry,
          Refusal(
            rule: "R16",
            message: "recertification majors must be verified before expiry \(expiry); validity is not "
              + "extended: record the expiry, or the CB's extension (override R16)",
            overridable: true))
      }
      next.state = .decisionPending

    case .majorWindowLapsed:
      guard let last = record.stage2LastDay else {
        guards.refuse(Refusal(rule: "R10", message: "no stage 2 last day is recorded; record stage 2 first"))
        break
      }
      let deadline = last.adding(months: policy.majorWindowMonths)
      guards.require(
        on > deadline,
        Refusal(
          rule: "R10",
          message: "the window to verify stage 2 majors runs to \(deadline) (6 months after \(last)); "
            + "it has not passed"))
      guards.require(
        !context.findings.unverifiedMajors.isEmpty,
        Refusal(rule: "R10", message: "no major is unverified; use `accept_responses`"))
      guards.warn(
        unless: false, rule: "R10",
        "stage 2 of \(last) is superseded: a new stage 2 is needed before certification")
      next.state = .stage2Planned
      next.stage2Start = nil
      next.stage2LastDay = nil

    case .grant:
      grant(record, context: context, guards: &guards, next: &next)

    case .refuse:
      if record.phase == .initial {
        // R1: a new attempt needs both stages again.
        next.state = .preparing
        next.stage1LastDay = nil
        next.stage2Start = nil
        next.stage2LastDay = nil
      } else {
        next.state = .certified
        guards.warn(
          unless: false, rule: "R16",
          "recertification refused: the certificate stays valid only through \(record.expiry.map(\.description) ?? "its expiry") and is not extended"
        )
      }

    case .holdSurveillance:
      guard requireAudit(context, for: "surveillance", guards: &guards) != nil else { break }
      guards.warn(
        unless: context.surveillanceCoverageMissing.isEmpty, rule: "R14",
        "the surveillance report does not cover: \(listedIDs(context.surveillanceCoverageMissing))")
      next.surveillancesHeld += 1

    case .planRecert:
      guard let audit = requireAudit(context, for: "recertification", guards: &guards),
        let expiry = requireExpiry(record, guards: &guards)
      else { break }
      guards.require(
        audit.end < expiry, at: audit.end,
        Refusal(
          rule: "R15",
          message: "the recertification audit ends \(audit.end), not before expiry \(expiry); plan it "
            + "earlier or record the CB's postponement (override R15 with new_due)",
          overridable: true))
      let latestStart = expiry.adding(days: -policy.recertLeadDays)
      guards.warn(
        unless: audit.start <= latestStart, rule: "R15",
        "the recertification audit starts \(audit.start), fewer than \(policy.recertLeadDays) days before "
          + "expiry \(expiry): a major would have no 90-day window (CONV, start by \(latestStart))")
      guards.warn(
        unless: record.surveillancesHeld >= 2, rule: "R13",
        "only \(record.surveillancesHeld) surveillance audit(s) held in this cycle; the baseline is 2")
      next.state = .recertPlanned

    case .recordRecert:
      requireGraded(context.findings, guards: &guards)
      next.state = .recertDone

    case .expire:
      guard let expiry = requireExpiry(record, guards: &guards) else { break }
      guards.require(
        on > expiry,
        Refusal(
          rule: "R16", message: "the certificate is valid through \(expiry); it expires only after that day"))
      next.state = .expired
      next.suspendedOn = nil
      next.suspensionCause = nil

    case .restore:
      restore(record, context: context, guards: &guards, next: &next)

    case .lapse:
      guard let expiry = requireExpiry(record, guards: &guards) else { break }
      var limit = expiry.adding(months: policy.restoreWindowMonths)
      if let extended = context.overrides.filter({ $0.lifts("R18", on: on) }).compactMap(\.newDue).max() {
        limit = max(limit, extended)
      }
      guards.require(
        on > limit,
        Refusal(rule: "R18", message: "the restore window runs to \(limit); the cycle lapses only after it"))
      next.state = .lapsed

    case .suspend:
      guards.require(
        context.suspensionCause != nil,
        Refusal(
          rule: "R19",
          message: "give the CB's cause of suspension (overdue_surveillance, unresolved_major, "
            + "serious_failure or voluntary)"))
      next.state = .suspended
      next.suspendedOn = on
      next.suspensionCause = context.suspensionCause

    case .reinstate:
      guards.require(
        context.suspensionCauseResolved,
        Refusal(
          rule: "R19",
          message: "the suspension cause \(record.suspensionCause?.rawValue ?? "") is not resolved; resolve "
            + "it, or record the CB's reinstatement decision as an override of R19",
          overridable: true))
      if let expiry = record.expiry {
        guards.require(
          on <= expiry,
          Refusal(rule: "R16", message: "the certificate expired on \(expiry); record `expire` instead"))
      }
      warnLongSuspension(record, context: context, guards: &guards)
      next.state = .certified
      next.suspendedOn = nil
      next.suspensionCause = nil

    case .reduceScope:
      requireReason(context, rule: "R19", what: "the scope reduction", guards: &guards)
      warnLongSuspension(record, context: context, guards: &guards)
      next.state = .certified
      next.suspendedOn = nil
      next.suspensionCause = nil

    case .withdraw:
      requireReason(context, rule: "R19", what: "the withdrawal", guards: &guards)
      next.state = .withdrawn

    case .specialAudit:
      _ = requireAudit(context, for: "special", guards: &guards)

    case .recordOverride:
      let override = context.newOverride
      guards.require(
        override.map { !$0.rule.isBlankField && !$0.justification.isBlankField && !$0.cbRef.isBlankField }
          ?? false,
        Refusal(
          rule: "R23",
          message: "a CB override needs the rule, a justification and the CB's reference (`cb_ref`)"))

    case .transfer:
      guards.require(
        context.preTransferReviewRecorded,
        Refusal(
          rule: "R29",
          message: "the accepting CB's pre-transfer review is not recorded; record it before the transfer"))
      let newBody = context.newCertificationBody ?? ""
      guards.require(
        !newBody.isBlankField && newBody != record.certificationBody,
        Refusal(
          rule: "R29", message: "name the accepting certification body (different from the current one)"))
      // R29: the accepting CB continues the cycle; dates and scope are kept.
      next.certificationBody = newBody
    }
    return (guards, next)
  }

  /// Events sent to a state where a specific rule, rather than the machine shape, explains why not.
  private static func misplaced(_ record: CycleProgress, _ event: CycleEvent) -> Refusal? {
    switch (record.state, event) {
    case (.preparing, .planStage2), (.applied, .planStage2), (.stage1Planned, .planStage2):
      return Refusal(
        rule: "R1",
        message: "stage 2 cannot be planned before stage 1 is reported (two-stage initial audit); "
          + "record the stage 1 report first")
    case (.stage1Concerns, .planStage2):
      return Refusal(
        rule: "R5",
        message: "stage 1 areas of concern are still open; address them (`address_concerns`) before "
          + "planning stage 2")
    case (.suspended, .transfer):
      return Refusal(
        rule: "R29",
        message: "a suspended certificate cannot be transferred to another CB; have it reinstated first")
    default:
      return nil
    }
  }

  /// R9: majors verified, minor plans accepted.
  static func requireResponsesAccepted(_ findings: [FindingSummary], guards: inout GuardSet) {
    let majors = findings.unverifiedMajors
    guards.require(
      majors.isEmpty,
      Refusal(
        rule: "R9",
        message: "majors not yet verified by the CB: \(listedIDs(majors)); the CB must accept and verify "
          + "their correction and corrective action",
        overridable: true))
    let minors = findings.minorsWithoutAcceptedPlan
    guards.require(
      minors.isEmpty,
      Refusal(
        rule: "R9",
        message: "minors without a CB-accepted plan: \(listedIDs(minors)); submit the plans and record "
          + "the CB's acceptance",
        overridable: true))
  }

  /// R6: every finding graded.
  static func requireGraded(_ findings: [FindingSummary], guards: inout GuardSet) {
    let ungraded = findings.ungraded
    guards.require(
      ungraded.isEmpty,
      Refusal(
        rule: "R6",
        message: "findings without a grade: \(listedIDs(ungraded)); grade each major, minor, observation "
          + "or ofi"))
  }

  /// The audit dates an event needs, or a `d1` refusal.
  static func requireAudit(
    _ context: CycleContext, for kind: String, guards: inout GuardSet
  ) -> DayRange? {
    guard let audit = context.audit else {
      guards.refuse(Refusal(rule: "d1", message: "give the dates of the \(kind) audit"))
      return nil
    }
    return audit
  }

  /// The cycle expiry, or an R11 refusal.
  static func requireExpiry(_ record: CycleProgress, guards: inout GuardSet) -> Day? {
    guard let expiry = record.expiry else {
      guards.refuse(
        Refusal(rule: "R11", message: "the cycle has no expiry; record the certification decision"))
      return nil
    }
    return expiry
  }

  /// A free-text reason, or a refusal under `rule`.
  static func requireReason(
    _ context: CycleContext, rule: String, what: String, guards: inout GuardSet
  ) {
    guards.require(
      !context.reason.isBlankField, Refusal(rule: rule, message: "give the CB's reason for \(what)"))
  }

  /// R19: warns when the suspension outlasted the CB limit.
  static func warnLongSuspension(
    _ record: CycleProgress, context: CycleContext, guards: inout GuardSet
  ) {
    guard let since = record.suspendedOn else { return }
    let limit = since.adding(months: context.policy.suspensionLimitMonths)
    guards.warn(
      unless: context.on <= limit, rule: "R19",
      "suspended since \(since), beyond the \(context.policy.suspensionLimitMonths)-month limit (\(limit))")
  }
}
