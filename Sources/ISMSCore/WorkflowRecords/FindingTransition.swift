/// Applies a finding event (d3) to a `finding` document: the payload is written into the
/// fields, the engine checks the record as it will be, and the history entry is appended.
public enum FindingTransition {
  /// The finding document after `request`.
  /// - Throws: ``Refusal`` when a guard refuses; ``FrontMatterEditError`` when the document
  ///   cannot be edited.
  public static func apply(
    _ request: FindingEventRequest, to finding: Document, text: String, facts: WorkflowFacts
  ) throws -> WorkflowChange {
    let record = facts.progress(of: finding)
    try refuseEarlyClose(finding, record: record, request: request)
    if request.event == .verify, record.origin == .external, record.grade == .minor,
      let name = request.verifiedAtAudit, let fields = finding.finding,
      let problem = FindingRules.nextAuditProblem(
        audit: facts.isms.document(id: name), named: name, finding: fields)
    {
      throw Refusal(rule: "R53", message: "\(problem); \(FindingRules.nextAuditFix)")
    }
    var edits: [FrontMatterEdit] = []
    let payload: [(String, String?)] = [
      ("correction", request.correction), ("root_cause", request.rootCause),
      ("similar_nc_check", request.similarNCCheck),
      ("implementation_evidence", request.implementationEvidence),
      ("isms_change", request.ismsChange),
    ]
    for case (let key, let value?) in payload { edits.append(.set(key, .string(value))) }
    if !request.actions.isEmpty {
      edits.append(.remove("actions"))
      edits += request.actions.map { action in
        .append(
          "actions",
          .mapping(
            [FrontMatterField("action", .string(action.action))]
              + [
                action.owner.map { FrontMatterField("owner", .string($0)) },
                action.due.map { FrontMatterField("due", .day($0)) },
              ]
              .compactMap { $0 }
              + [FrontMatterField("status", .string("open"))]))
      }
    }
    let context = context(for: request, finding: finding, record: record, facts: facts)
    let result = try FindingMachine.transition(record, on: request.event, context: context)
    edits.insert(.set("status", .string(result.record.state.rawValue)), at: 0)
    switch request.event {
    case .implement:
      edits.append(.set("implemented_on", .day(request.on)))
    case .verify:
      edits.append(.set("verified_on", .day(request.on)))
      if record.origin == .internal { edits.append(.set("verified_by", .string(request.by))) }
      if let method = request.method { edits.append(.set("verification_method", .string(method.rawValue))) }
      if let audit = request.verifiedAtAudit { edits.append(.set("verified_at_audit", .string(audit))) }
    case .reopen:
      edits += ["implemented_on", "verified_on", "verified_by", "verification_method", "verified_at_audit"]
        .map(
          FrontMatterEdit.remove)
    default:
      break
    }
    let rule = result.overridesApplied.first?.rule
    edits.append(
      .append(
        "history",
        HistoryEntry.value(
          on: request.on, by: request.by, event: request.event.rawValue, from: record.state.rawValue,
          to: result.record.state.rawValue, note: note(request), rule: rule)))
    return WorkflowChange(
      record: finding.id, path: finding.path, text: try FrontMatterEditor.apply(edits, to: text),
      event: request.event.rawValue, from: record.state.rawValue, to: result.record.state.rawValue,
      warnings: result.warnings)
  }

  /// The engine's view of the finding with the payload applied.
  static func context(
    for request: FindingEventRequest, finding: Document, record: FindingProgress, facts: WorkflowFacts
  ) -> FindingContext {
    let fields = finding.fields
    var context = FindingContext(on: request.on)
    context.correction = request.correction ?? fields.string("correction")
    context.rootCause = request.rootCause ?? fields.string("root_cause")
    context.similarNCCheck = request.similarNCCheck ?? fields.string("similar_nc_check")
    context.actions =
      request.actions.isEmpty
      ? (finding.finding?.actions ?? []).map {
        PlannedAction(action: $0.action ?? "", owner: $0.owner, due: $0.due)
      }
      : request.actions
    let evidence = request.implementationEvidence ?? fields.string("implementation_evidence")
    context.implementationEvidence = evidence.isBlankField ? [] : [evidence ?? ""]
    context.implementers = (finding.finding?.history ?? []).filter {
      $0.event == FindingEvent.implement.rawValue
    }
    .compactMap(\.by)
    context.verifiedBy = request.event == .verify ? request.by : fields.string("verified_by")
    if let method = request.method {
      context.cbVerification = CBVerification(method: method, on: request.on, audit: request.verifiedAtAudit)
    }
    context.ismsChange = request.ismsChange ?? fields.string("isms_change")
    context.justification = request.justification
    context.approver = request.approver
    context.reason = request.reason ?? request.note
    if let cycle = (finding.finding?.audit).flatMap({ facts.isms.document(id: $0)?.audit?.cycle }) {
      context.overrides = facts.isms.document(id: cycle)?.overrides ?? []
    }
    context.policy = facts.findingPolicy
    return context
  }

  /// Closing a nonconformity before it is verified meets R50 (10.2 b–d), whatever state it is in.
  static func refuseEarlyClose(
    _ finding: Document, record: FindingProgress, request: FindingEventRequest
  ) throws(Refusal) {
    guard request.event == .close, record.grade.isNonconformity, !record.state.isVerified,
      !record.state.isTerminal
    else { return }
    let fields = finding.finding
    var missing: [String] = []
    if finding.fields.string("root_cause").isBlankField { missing.append("root cause (10.2 b)") }
    if fields?.actions.isEmpty ?? true { missing.append("corrective action (10.2 c)") }
    missing.append("verification of effectiveness (10.2 d)")
    throw Refusal(
      rule: "R50",
      message: "\(finding.id) is `\(record.state.rawValue)`; a nonconformity closes only after its "
        + missing.joined(separator: ", ") + " are recorded")
  }

  /// The history note: the note, else the reason or justification the event gave.
  static func note(_ request: FindingEventRequest) -> String? {
    var parts = [request.note, request.reason, request.justification].compactMap { $0 }
    if let approver = request.approver { parts.append("approved by \(approver)") }
    if let audit = request.verifiedAtAudit { parts.append("verified at \(audit)") }
    let unique = parts.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    return unique.isEmpty ? nil : unique.joined(separator: "; ")
  }
}
