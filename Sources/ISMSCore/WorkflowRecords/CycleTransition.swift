/// Applies a cycle event (d1) to a `cycle` document: runs the engine with the facts of the
/// ISMS, and writes the new `status`, the decision fields, a recorded override and the
/// `history` entry.
public enum CycleTransition {
  /// The cycle document after `request`.
  /// - Parameters:
  ///   - facts: the ISMS as it will be with the rest of the command's changes (an audit just
  ///     planned or reported is part of it).
  ///   - text: the cycle document's current text.
  /// - Throws: ``Refusal`` when a guard refuses; ``WorkflowInputError`` for a missing option;
  ///   ``FrontMatterEditError`` when the document cannot be edited.
  public static func apply(
    _ request: CycleEventRequest, to cycle: Document, text: String, facts: WorkflowFacts
  ) throws -> WorkflowChange {
    let record = facts.cycleProgress(cycle)
    let auditDocument = try request.audit.map { try facts.document($0, kind: .audit) }
    var context = facts.cycleContext(cycle, event: request.event, on: request.on, audit: auditDocument)
    if let override = request.override { context.overrides.append(override) }
    context.newOverride = request.event == .recordOverride ? request.override : nil
    context.certificateExpiry = request.expiry
    context.reason = request.reason
    context.suspensionCause = request.cause
    context.suspensionCauseResolved = request.causeResolved
    context.recertificationActivitiesComplete = request.activitiesComplete
    context.newCertificationBody = request.newCertificationBody
    context.preTransferReviewRecorded = request.preTransferReview
    try refuseEarlyDecision(record, request: request, context: context)
    let decides = request.event == .grant || request.event == .restore
    if decides, request.certificate.isBlankField {
      throw WorkflowInputError(
        "`\(request.event.rawValue)` records the CB's decision: pass --certificate NUMBER")
    }
    let result = try CycleMachine.transition(record, on: request.event, context: context)
    var edits: [FrontMatterEdit] = [.set("status", .string(result.record.state.rawValue))]
    if decides {
      if let day = result.record.decisionDate { edits.append(.set("decision_date", .day(day))) }
      if let expiry = result.record.expiry { edits.append(.set("expiry", .day(expiry))) }
      edits.append(.set("certificate", .string(request.certificate ?? "")))
      if let version = request.soaVersion ?? soaVersion(facts.isms) {
        edits.append(.set("soa_version", .string(version)))
      }
    }
    if request.event == .transfer, let body = result.record.certificationBody {
      edits.append(.set("certification_body", .string(body)))
    }
    if let override = request.override { edits.append(.append("overrides", value(of: override))) }
    let rule = request.event == .recordOverride ? request.override?.rule : result.overridesApplied.first?.rule
    var note = request.note
    if note == nil, let auditDocument { note = "\(auditDocument.id) (\(auditDocument.title ?? ""))" }
    edits.append(
      .append(
        "history",
        HistoryEntry.value(
          on: request.on, by: request.by, event: request.event.rawValue, from: record.state.rawValue,
          to: result.record.state.rawValue, note: note, rule: rule)))
    return WorkflowChange(
      record: cycle.id, path: cycle.path, text: try FrontMatterEditor.apply(edits, to: text),
      event: request.event.rawValue, from: record.state.rawValue, to: result.record.state.rawValue,
      warnings: result.warnings)
  }

  /// A decision asked for while nonconformities still await the CB meets R9 before the
  /// machine's "not possible in this state": that is the rule the user needs to hear.
  static func refuseEarlyDecision(
    _ record: CycleProgress, request: CycleEventRequest, context: CycleContext
  ) throws(Refusal) {
    guard request.event == .grant else { return }
    let pending: CycleEvent
    switch record.state {
    case .ncResolution: pending = .acceptResponses
    case .stage2Done, .recertDone: pending = .requestDecision
    default: return
    }
    guard
      let refusal = CycleMachine.blockers(record, on: pending, context: context).first(where: {
        $0.rule == "R9"
      })
    else { return }
    throw Refusal(
      rule: refusal.rule, message: "no certification decision yet: " + refusal.message,
      overridable: refusal.overridable)
  }

  /// The version of the Statement of Applicability document (R22).
  static func soaVersion(_ isms: ISMS) -> String? {
    isms.documents.compactMap(\.controlled).first { $0.mandatory.contains(.statementOfApplicability) }?
      .version
  }

  /// An override as an `overrides` entry.
  static func value(of override: Override) -> FrontMatterValue {
    var fields = [FrontMatterField("rule", .string(override.rule))]
    if let due = override.newDue { fields.append(FrontMatterField("new_due", .day(due))) }
    fields.append(FrontMatterField("justification", .string(override.justification)))
    fields.append(FrontMatterField("cb_ref", .string(override.cbRef)))
    return .mapping(fields)
  }
}
