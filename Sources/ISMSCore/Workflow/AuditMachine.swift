/// The audit state machine (rulebook d2): `(record, event, context) → record | Refusal`.
public enum AuditMachine {
  /// Applies `event` to `record`.
  /// - Throws: the first `Refusal` of the guards.
  public static func transition(
    _ record: AuditProgress, on event: AuditEvent, context: AuditContext
  ) throws(Refusal) -> TransitionResult<AuditProgress> {
    let (guards, next) = evaluate(record, event, context)
    return try guards.result(next)
  }

  /// Every refusal `event` would meet now (empty when it would be accepted).
  public static func blockers(_ record: AuditProgress, on event: AuditEvent, context: AuditContext)
    -> [Refusal]
  {
    evaluate(record, event, context).0.refusals
  }

  /// The events the machine has for a state, whatever their guards say.
  public static func events(from state: AuditState) -> [AuditEvent] {
    switch state {
    case .planned: return [.schedule, .cancel]
    case .scheduled: return [.start, .cancel]
    case .inProgress: return [.finishFieldwork, .cancel]
    case .fieldworkDone: return [.report, .cancel]
    case .reported: return [.close, .cancel]
    case .closed, .cancelled: return []
    }
  }

  static func evaluate(
    _ record: AuditProgress, _ event: AuditEvent, _ context: AuditContext
  ) -> (GuardSet, AuditProgress) {
    var guards = GuardSet(on: context.on, overrides: [])
    var next = record
    let possible = events(from: record.state)
    guard possible.contains(event) else {
      guards.refuse(
        Refusal(
          rule: "d2",
          message: "`\(event.rawValue)` is not possible while the audit is `\(record.state.rawValue)`"
            + (possible.isEmpty
              ? " (a terminal state)" : "; possible now: \(possible.map(\.rawValue).joined(separator: ", "))")
        ))
      return (guards, next)
    }
    switch event {
    case .schedule:
      guards.require(
        context.missingPlanItems.isEmpty,
        Refusal(
          rule: "d2",
          message:
            "the audit plan lacks: \(listedIDs(context.missingPlanItems)); set criteria, scope, dates, "
            + "team and mode"))
      guards.require(
        !context.auditors.isEmpty, Refusal(rule: "d2", message: "name the lead auditor"))
      if record.type == .internal {
        let conflicts = conflictsOfInterest(context)
        guards.require(
          conflicts.isEmpty,
          Refusal(
            rule: "R48",
            message: "auditors must not audit their own areas (9.2.2 b objectivity): "
              + "\(listedIDs(conflicts)); choose another auditor or narrow the scope"))
      }
      next.state = .scheduled
    case .start:
      next.state = .inProgress
    case .finishFieldwork:
      next.state = .fieldworkDone
    case .report:
      if record.type == .internal {
        guards.require(
          !context.reportedTo.isEmpty,
          Refusal(
            rule: "R48",
            message: "the internal audit results must be reported to relevant management (9.2.2 c); "
              + "set `reported_to`"))
      }
      if record.type == .stage1 {
        guards.require(
          context.conclusionRecorded,
          Refusal(
            rule: "R2",
            message: "the stage 1 report has no conclusions on the stage 1 objectives and readiness for "
              + "stage 2; set `conclusion`"))
        guards.require(
          context.concernsRecorded,
          Refusal(
            rule: "R2",
            message: "the stage 1 report has no list of areas of concern; set `concerns` (empty if none)"))
      }
      let ungraded = context.findings.ungraded
      guards.require(
        ungraded.isEmpty,
        Refusal(
          rule: "R6",
          message: "findings without a grade: \(listedIDs(ungraded)); grade each major, minor, observation "
            + "or ofi"))
      next.state = .reported
    case .close:
      if record.type.isExternal {
        let open = context.findings.nonconformitiesBelowPlanAccepted
        guards.require(
          open.isEmpty,
          Refusal(
            rule: "d2",
            message: "nonconformities not yet at `plan_accepted`: \(listedIDs(open)); the CB must accept "
              + "their plans before the audit closes"))
      } else {
        let open = context.findings.filter { $0.isLiveNonconformity && !$0.state.isAtLeastActionPlanned }
          .map(\.id)
        guards.require(
          open.isEmpty,
          Refusal(
            rule: "d2",
            message: "nonconformities without planned actions: \(listedIDs(open)); plan their corrective "
              + "actions before the audit closes"))
      }
      next.state = .closed
    case .cancel:
      guards.require(
        !context.reason.isBlankField, Refusal(rule: "d2", message: "give the reason for cancelling the audit")
      )
      next.state = .cancelled
    }
    return (guards, next)
  }

  /// `person owns area` for every auditor who owns an audited area, compared case-insensitively.
  private static func conflictsOfInterest(_ context: AuditContext) -> [String] {
    let audited = Set(context.auditedAreas.map { $0.lowercased() })
    return context.auditors.flatMap { auditor in
      auditor.areas.filter { audited.contains($0.lowercased()) }.map { "\(auditor.person) owns \($0)" }
    }
  }
}
