/// The nonconformity state machine (rulebook d3, ISO/IEC 27001 10.2 with 17021-1 9.4.9–9.4.10).
public enum FindingMachine {
  /// Applies `event` to `record`.
  /// - Throws: the first `Refusal` of the guards not lifted by an override.
  public static func transition(
    _ record: FindingProgress, on event: FindingEvent, context: FindingContext
  ) throws(Refusal) -> TransitionResult<FindingProgress> {
    let (guards, next) = evaluate(record, event, context)
    return try guards.result(next)
  }

  /// Every refusal `event` would meet now (empty when it would be accepted).
  public static func blockers(
    _ record: FindingProgress, on event: FindingEvent, context: FindingContext
  ) -> [Refusal] {
    evaluate(record, event, context).0.refusals
  }

  /// The events the machine has for a finding in its state, by grade and origin.
  public static func events(for record: FindingProgress) -> [FindingEvent] {
    let external = record.origin == .external
    guard record.grade.isNonconformity else {
      return record.state.isTerminal ? [] : [.close, .void]
    }
    let escape: [FindingEvent] = record.grade == .minor ? [.void, .escalate] : [.void]
    switch record.state {
    case .opened: return [.contain] + escape
    case .contained: return [.analyseCause] + escape
    case .causeAnalysed, .rejectedPlan, .reopened:
      return (record.state == .causeAnalysed ? [.planActions] : [.analyseCause]) + escape
    case .actionPlanned: return (external ? [.submitPlan] : [.implement, .rejectPlan]) + escape
    case .planSubmitted: return [.acceptPlan, .rejectPlan] + escape
    case .planAccepted: return [.implement] + escape
    case .implemented: return [.verify, .reopen] + escape
    case .verified: return [.close, .reopen, .void]
    case .closed: return [.reopen]
    case .void, .escalated: return []
    }
  }

  static func evaluate(
    _ record: FindingProgress, _ event: FindingEvent, _ context: FindingContext
  ) -> (GuardSet, FindingProgress) {
    var guards = GuardSet(on: context.on, overrides: context.overrides)
    var next = record
    let on = context.on
    if let refusal = misplaced(record, event) {
      guards.refuse(refusal)
      return (guards, next)
    }
    let possible = events(for: record)
    guard possible.contains(event) else {
      guards.refuse(
        Refusal(
          rule: "d3",
          message: "`\(event.rawValue)` is not possible while the finding is `\(record.state.rawValue)`"
            + (possible.isEmpty
              ? " (a terminal state)" : "; possible now: \(possible.map(\.rawValue).joined(separator: ", "))")
        ))
      return (guards, next)
    }
    switch event {
    case .contain:
      guards.require(
        !context.correction.isBlankField || !context.correctionImpossibleReason.isBlankField,
        Refusal(
          rule: "R50",
          message: "record the correction (10.2 a), or why none is possible, before containing the NC"))
      next.state = .contained

    case .analyseCause:
      guards.require(
        !context.rootCause.isBlankField,
        Refusal(rule: "R50", message: "record the root cause and how it was found (10.2 b) in `root_cause`"))
      guards.require(
        !context.similarNCCheck.isBlankField,
        Refusal(
          rule: "R50",
          message: "record whether similar nonconformities exist or could occur (10.2 b) in "
            + "`similar_nc_check`"))
      next.state = .causeAnalysed

    case .planActions:
      requirePlan(context, guards: &guards)
      next.state = .actionPlanned

    case .submitPlan:
      // R7: the CB needs the correction, the cause analysis and the corrective action.
      guards.require(
        !context.correction.isBlankField || !context.correctionImpossibleReason.isBlankField,
        Refusal(rule: "R7", message: "the plan sent to the CB needs the correction; record `correction`"))
      guards.require(
        !context.rootCause.isBlankField,
        Refusal(rule: "R7", message: "the plan sent to the CB needs the cause analysis; record `root_cause`"))
      requirePlan(context, guards: &guards)
      next.state = .planSubmitted

    case .acceptPlan:
      next.state = .planAccepted

    case .rejectPlan:
      guards.require(
        !context.reason.isBlankField, Refusal(rule: "d3", message: "give the reason the plan was rejected"))
      next.state = .rejectedPlan

    case .implement:
      guards.require(
        !context.implementationEvidence.isEmpty,
        Refusal(
          rule: "R50",
          message: "attach evidence of implementation (10.2 c) in `implementation_evidence`"))
      warnLate(record, on: on, guards: &guards)
      next.state = .implemented
      next.implementedOn = on

    case .verify:
      verify(record, context: context, guards: &guards)
      warnLate(record, on: on, guards: &guards)
      next.state = .verified
      next.verifiedOn = on

    case .close:
      if record.grade.isNonconformity {
        guards.require(
          !context.ismsChange.isBlankField,
          Refusal(
            rule: "R50",
            message: "record whether the ISMS needs changing (10.2 e) in `isms_change`, with linked "
              + "changes if it does: --isms-change \"…\" "
              + "(e.g. --isms-change \"none needed\" or \"PROC-002 v1.1\")"))
      } else {
        guards.require(
          !context.reason.isBlankField || !context.ismsChange.isBlankField,
          Refusal(
            rule: "R54",
            message: "an \(record.grade.rawValue) needs no response, but record whether it was "
              + "considered and what was decided: --reason \"…\" or --isms-change \"…\""))
      }
      next.state = .closed

    case .void:
      guards.require(
        !context.justification.isBlankField,
        Refusal(rule: "d3", message: "a void finding needs a justification (appeal outcome or error)"))
      guards.require(
        !context.approver.isBlankField, Refusal(rule: "d3", message: "a void finding needs the approver"))
      next.state = .void

    case .escalate:
      guards.require(
        !context.reason.isBlankField,
        Refusal(
          rule: "R53",
          message: "give the reason the minor is raised to major (found open or recurring at the next "
            + "audit, or several minors against one requirement)"))
      next.state = .escalated

    case .reopen:
      guards.require(
        !context.reason.isBlankField,
        Refusal(
          rule: "d3",
          message: "give the reason for reopening: the failed effectiveness check or the recurrence"))
      next.state = .reopened
      next.recurrence += 1
      next.implementedOn = nil
      next.verifiedOn = nil
    }
    return (guards, next)
  }

  /// Events that a specific rule, rather than the machine shape, rules out.
  private static func misplaced(_ record: FindingProgress, _ event: FindingEvent) -> Refusal? {
    let terminal = record.state.isTerminal
    if !record.grade.isNonconformity, !terminal, event != .close, event != .void {
      return Refusal(
        rule: "R54",
        message: "an \(record.grade.rawValue) is not a nonconformity and needs no corrective action; "
          + "`close` it with a note of whether it was considered")
    }
    switch (record.origin, record.state, event) {
    case (.internal, _, .submitPlan), (.internal, _, .acceptPlan):
      return Refusal(rule: "d3", message: "internal nonconformities are not submitted to the CB")
    case (.external, .actionPlanned, .implement):
      return Refusal(
        rule: "R7",
        message: "submit the plan to the CB and record its acceptance before implementing (R7, R9)")
    default:
      break
    }
    if event == .escalate, record.grade != .minor, !terminal {
      return Refusal(rule: "R53", message: "only a minor can be escalated to a major")
    }
    return nil
  }

  private static func requirePlan(_ context: FindingContext, guards: inout GuardSet) {
    guards.require(
      !context.actions.isEmpty,
      Refusal(rule: "R50", message: "plan at least one corrective action (10.2 c)"))
    let incomplete = context.actions.filter { $0.owner.isBlankField || $0.due == nil }.map(\.action)
    guards.require(
      incomplete.isEmpty,
      Refusal(
        rule: "R50",
        message: "corrective actions need an owner and a due date: \(listedIDs(incomplete))"))
  }

  private static func verify(_ record: FindingProgress, context: FindingContext, guards: inout GuardSet) {
    switch (record.origin, record.grade) {
    case (.internal, _):
      let verifier = context.verifiedBy ?? ""
      guards.require(
        !verifier.isBlankField,
        Refusal(rule: "R55", message: "name who reviewed the effectiveness (10.2 d) in `verified_by`"))
      guards.require(
        verifier.isBlankField || !context.implementers.contains(verifier),
        Refusal(
          rule: "R55",
          message: "\(verifier) implemented the actions; effectiveness must be reviewed by someone else"))
      if let implemented = record.implementedOn {
        let earliest = implemented.adding(days: context.policy.soakDays)
        guards.require(
          context.on >= earliest,
          Refusal(
            rule: "R55",
            message:
              "the effectiveness review is due no earlier than \(earliest) (\(context.policy.soakDays) "
              + "days after implementation on \(implemented)), so that it reviews effect, not existence"))
      }
    case (.external, _):
      guards.require(
        context.cbVerification != nil,
        Refusal(
          rule: "R8",
          message: "record the CB's verification with its method (full_audit, limited_audit, documentary, "
            + "next_audit) and date"))
      if record.grade == .minor, let verification = context.cbVerification {
        guards.require(
          !verification.audit.isBlankField,
          Refusal(
            rule: "R53",
            message: "an external minor is verified at the next external audit; record that audit, or the "
              + "CB's earlier verification as an override of R53",
            overridable: true))
      }
    }
  }

  private static func warnLate(_ record: FindingProgress, on: Day, guards: inout GuardSet) {
    guard let due = record.due else { return }
    guards.warn(
      unless: on <= due, rule: FindingPolicy.dueRule(grade: record.grade, origin: record.origin),
      "done on \(on), after the due date \(due)")
  }
}
