/// What an audit event records besides its name.
public struct AuditEventRequest: Sendable, Hashable {
  /// The event.
  public var event: AuditEvent
  /// The day.
  public var on: Day
  /// Who records it.
  public var by: String
  /// A note.
  public var note: String?
  /// `report`: the report date (default: the event day).
  public var reportDate: Day?
  /// `report`: who received the results (internal: relevant management, 9.2.2 c).
  public var reportedTo: [String] = []
  /// `report`: the conclusion (stage 1: objectives met, ready for stage 2, R2).
  public var conclusion: String?
  /// `report` of stage 1: the areas of concern (R2, R5); none means the CB raised none.
  public var concerns: [String] = []
  /// `cancel`: why.
  public var reason: String?

  /// Creates a request.
  public init(event: AuditEvent, on: Day, by: String) {
    self.event = event
    self.on = on
    self.by = by
  }
}

/// Applies an audit event (d2) to an `audit` document.
public enum AuditTransition {
  /// The audit document after `request`.
  /// - Throws: ``Refusal`` when a guard refuses; ``FrontMatterEditError`` when the document
  ///   cannot be edited.
  public static func apply(
    _ request: AuditEventRequest, to audit: Document, text: String, facts: WorkflowFacts
  ) throws -> WorkflowChange {
    let fields = audit.audit
    let type = fields?.type ?? .internal
    let state = facts.auditState(audit)
    var context = AuditContext(on: request.on)
    context.reportedTo = request.reportedTo.isEmpty ? fields?.reportedTo ?? [] : request.reportedTo
    let conclusion = request.conclusion ?? audit.fields.string("conclusion")
    context.conclusionRecorded = !conclusion.isBlankField
    context.concernsRecorded = type == .stage1
    context.findings = facts.findings(ofAudit: audit.id).map(facts.summary(of:))
    context.reason = request.reason ?? request.note
    let result = try AuditMachine.transition(
      AuditProgress(state: state, type: type), on: request.event, context: context)
    var edits: [FrontMatterEdit] = [.set("status", .string(result.record.state.rawValue))]
    if request.event == .report {
      edits.append(.set("report_date", .day(request.reportDate ?? request.on)))
      if !request.reportedTo.isEmpty {
        edits.append(.set("reported_to", .list(request.reportedTo.map(FrontMatterValue.string))))
      }
      if let conclusion = request.conclusion { edits.append(.set("conclusion", .string(conclusion))) }
      if type == .stage1 { edits += concernEdits(request.concerns, existing: audit.stageConcerns) }
    }
    edits.append(
      .append(
        "history",
        HistoryEntry.value(
          on: request.on, by: request.by, event: request.event.rawValue, from: state.rawValue,
          to: result.record.state.rawValue,
          note: request.event == .cancel ? request.reason ?? request.note : request.note)))
    return WorkflowChange(
      record: audit.id, path: audit.path, text: try FrontMatterEditor.apply(edits, to: text),
      event: request.event.rawValue, from: state.rawValue, to: result.record.state.rawValue,
      warnings: result.warnings)
  }

  /// Stage 1 concerns: the given ones as `C1`, `C2`… (open), after those already written; an
  /// empty list when none were raised and none are written (R2 needs the list).
  static func concernEdits(_ texts: [String], existing: [StageConcern]?) -> [FrontMatterEdit] {
    guard !texts.isEmpty else { return existing == nil ? [.set("concerns", .list([]))] : [] }
    let offset = existing?.count ?? 0
    return texts.enumerated().map { index, text in
      .append(
        "concerns",
        .mapping([
          FrontMatterField("id", .string("C\(offset + index + 1)")), FrontMatterField("text", .string(text)),
          FrontMatterField("status", .string(StageConcern.Status.open.rawValue)),
        ]))
    }
  }

  /// The cycle event an audit event of `type` brings about, if any: planning and reporting the
  /// certification audits move the cycle (d1) in the same commit.
  public static func cycleEvent(for event: AuditEvent, type: AuditType) -> CycleEvent? {
    switch (event, type) {
    case (.schedule, .stage1): return .planStage1
    case (.schedule, .stage2): return .planStage2
    case (.schedule, .recertification): return .planRecert
    case (.schedule, .special): return .specialAudit
    case (.report, .stage1): return .recordStage1
    case (.report, .stage2): return .recordStage2
    case (.report, .surveillance): return .holdSurveillance
    case (.report, .recertification): return .recordRecert
    default: return nil
    }
  }
}
