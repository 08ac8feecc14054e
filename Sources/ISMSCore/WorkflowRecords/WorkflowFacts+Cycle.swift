/// The cycle side of the facts: progress, summary, the findings of the phase and readiness.
extension WorkflowFacts {
  /// The audit types whose findings a decision rests on in each phase.
  static func decisionAuditType(_ phase: CyclePhase) -> AuditType {
    phase == .initial ? .stage2 : .recertification
  }

  /// The day of the latest history event that restarted the initial attempt (`refuse` back to
  /// `preparing`, `major_window_lapsed`): audits before it belong to the superseded attempt.
  func resetDay(_ cycle: Document) -> Day? {
    let history = cycle.cycle?.history ?? []
    return history.last {
      ($0.event == CycleEvent.refuse.rawValue && $0.to == CycleState.preparing.rawValue)
        || $0.event == CycleEvent.majorWindowLapsed.rawValue
    }?.on
  }

  /// The cycle's live audits of `type` in the current attempt, latest start last.
  public func audits(of cycle: Document, type: AuditType) -> [Document] {
    let reset = resetDay(cycle)
    return audits(of: cycle.id).filter { audit in
      audit.audit?.type == type && auditState(audit) != .cancelled
        && (reset.map { day in (audit.audit?.start).map { $0 > day } ?? true } ?? true)
    }
  }

  /// The d1 record of a cycle document, with the dates derived from its audits and history.
  public func cycleProgress(_ cycle: Document) -> CycleProgress {
    let fields = cycle.cycle
    let history = fields?.history ?? []
    var record = CycleProgress(
      state: CycleState(rawValue: fields?.status ?? "") ?? .preparing,
      anchor: SurveillanceAnchor(rawValue: fields?.surveillanceAnchor ?? "") ?? .decision,
      certificationBody: fields?.certificationBody, decisionDate: fields?.decisionDate,
      cycleStart: fields?.decisionDate, expiry: fields?.expiry)
    if let stage1 = audits(of: cycle, type: .stage1).last, auditState(stage1).isHeld {
      record.stage1LastDay = auditDays(stage1)?.end
    }
    if let stage2 = audits(of: cycle, type: .stage2).last, let days = auditDays(stage2) {
      record.stage2Start = days.start
      if auditState(stage2).isHeld { record.stage2LastDay = days.end }
    }
    let decisions: Set<String> = [CycleEvent.grant.rawValue, CycleEvent.restore.rawValue]
    let sinceDecision = history.lastIndex { decisions.contains($0.event ?? "") }.map { history[($0 + 1)...] }
    record.surveillancesHeld =
      (sinceDecision ?? history[...]).filter {
        $0.event == CycleEvent.holdSurveillance.rawValue
      }.count
    if record.state == .suspended {
      record.suspendedOn = history.last { $0.event == CycleEvent.suspend.rawValue }?.on
    }
    return record
  }

  /// The findings the next decision rests on: those of the current attempt's stage 2 audits,
  /// or of the recertification audits of the current cycle.
  public func phaseFindings(_ cycle: Document, phase: CyclePhase) -> [Document] {
    let start = cycle.cycle?.decisionDate
    let ids = Set(
      audits(of: cycle, type: Self.decisionAuditType(phase)).filter { audit in
        phase == .initial || (start.map { day in (audit.audit?.start).map { $0 >= day } ?? true } ?? true)
      }.map { $0.id.lowercased() })
    return isms.documents(of: .finding).filter { ids.contains($0.finding?.audit?.lowercased() ?? "") }
  }

  /// Everything the schedule and alarms read about a cycle.
  public func cycleSummary(_ cycle: Document) -> CycleSummary {
    let audits = audits(of: cycle.id)
    let auditEntries = audits.compactMap { audit -> CycleAudit? in
      guard let type = audit.audit?.type, let days = auditDays(audit) else { return nil }
      return CycleAudit(id: audit.id, type: type, dates: days, state: auditState(audit))
    }
    let ids = Set(audits.map { $0.id.lowercased() })
    let findings = isms.documents(of: .finding).filter { ids.contains($0.finding?.audit?.lowercased() ?? "") }
      .compactMap { finding -> FindingDeadline? in
        guard let grade = finding.finding?.grade, let due = finding.finding?.due else { return nil }
        return FindingDeadline(
          id: finding.id, grade: grade, origin: origin(of: finding), state: findingState(finding), due: due)
      }
    return CycleSummary(
      id: cycle.id, record: cycleProgress(cycle), audits: auditEntries, findings: findings,
      overrides: cycle.overrides)
  }

  /// The latest completion of an internal audit (reported or closed): its report date, else its end.
  public var lastInternalAuditCompleted: Day? {
    isms.documents(of: .audit).filter { audit in
      audit.audit?.type == .internal && [.reported, .closed].contains(auditState(audit))
    }.compactMap { $0.audit?.reportDate ?? $0.audit?.end }.max()
  }

  /// The date of the latest final management review.
  public var lastManagementReviewCompleted: Day? {
    isms.documents(of: .managementReview).filter { $0.recordStatus == .final }
      .compactMap { $0.managementReview?.date }.max()
  }

  /// The mandatory documents (R34) no live controlled document stands for.
  public var missingMandatoryDocuments: [String] {
    let live = isms.documents.compactMap(\.controlled).filter { $0.status != .retired }
    return MandatoryDocument.allCases.filter { key in !live.contains { $0.mandatory.contains(key) } }
      .map(\.rawValue)
  }

  /// The ids of the documents standing for the security policy, SoA or risk treatment plan when
  /// none of a key's holders is approved: stage 2 audits them in force (R34).
  public var unapprovedStage2Documents: [String] {
    CycleRules.stage2CoreDocuments.flatMap { key -> [String] in
      let holders = isms.documents.filter { $0.controlled?.mandatory.contains(key) == true }
      return holders.contains { $0.controlled?.status == .approved } ? [] : holders.map(\.id)
    }
  }

  /// The context of a cycle event on `on`: the audit it concerns (given, or the latest of the
  /// type the event is about), the stage 1 report, readiness facts, findings and overrides.
  public func cycleContext(
    _ cycle: Document, event: CycleEvent, on: Day, audit: Document? = nil
  ) -> CycleContext {
    let record = cycleProgress(cycle)
    var context = CycleContext(on: on)
    let type = Self.auditType(for: event, phase: record.phase)
    let subject = audit ?? type.flatMap { audits(of: cycle, type: $0).last }
    context.audit = subject.flatMap(auditDays)
    let stage1 = subject?.audit?.type == .stage1 ? subject : audits(of: cycle, type: .stage1).last
    context.stage1ConclusionsRecorded = !(stage1?.fields.string("conclusion")).isBlankField
    context.stage1Concerns = stage1?.stageConcerns
    context.lastInternalAuditCompleted = lastInternalAuditCompleted
    context.lastManagementReviewCompleted = lastManagementReviewCompleted
    context.missingMandatoryDocuments = missingMandatoryDocuments
    context.unapprovedStage2Documents = unapprovedStage2Documents
    context.findings = phaseFindings(cycle, phase: record.phase).map(summary(of:))
    let decisionAudit = audits(of: cycle, type: Self.decisionAuditType(record.phase)).last
    context.auditReportStored = decisionAudit.map { [.reported, .closed].contains(auditState($0)) } ?? false
    context.overrides = cycle.overrides
    return context
  }

  /// The audit type an event is about, if any.
  static func auditType(for event: CycleEvent, phase: CyclePhase) -> AuditType? {
    switch event {
    case .planStage1, .recordStage1, .addressConcerns: return .stage1
    case .planStage2, .recordStage2: return .stage2
    case .holdSurveillance: return .surveillance
    case .planRecert, .recordRecert: return .recertification
    case .specialAudit: return .special
    case .openNCResolution, .requestDecision, .acceptResponses, .grant:
      return decisionAuditType(phase)
    default: return nil
    }
  }
}
