/// A new audit record (d2), planned with everything its plan needs: it is written directly in
/// `scheduled`, the `schedule` event applied (R48 independence for internal audits).
public struct AuditPlanRequest: Sendable, Hashable {
  /// The audit id, `AUD-2026-INT-01`.
  public var id: String
  /// Internal or the external type.
  public var type: AuditType
  /// The certification cycle (external audits; default: the open cycle).
  public var cycle: String?
  /// The title; default from type and dates.
  public var title: String?
  /// The first day.
  public var start: Day
  /// The last day.
  public var end: Day
  /// The lead auditor (a person; required for internal audits).
  public var lead: String?
  /// Further auditors (persons).
  public var auditors: [String] = []
  /// External auditors (free text).
  public var auditorName: String?
  /// `onsite`, `remote` or `hybrid`.
  public var mode = "onsite"
  /// Audited areas (R48).
  public var areas: [String] = []
  /// Clauses covered.
  public var clauses: [String] = []
  /// Controls covered.
  public var controls: [String] = []
  /// Audit criteria.
  public var criteria: [String] = ["iso27001:2022"]
  /// The day the plan is recorded.
  public var on: Day
  /// Who records it.
  public var by: String
  /// A note.
  public var note: String?

  /// Creates a request.
  public init(id: String, type: AuditType, start: Day, end: Day, on: Day, by: String) {
    self.id = id
    self.type = type
    self.start = start
    self.end = end
    self.on = on
    self.by = by
  }

  /// The file of the new record.
  public var path: String { "records/audits/\(id).md" }

  /// The default title: `Internal audit 2026-02-09…2026-02-11`.
  var defaultTitle: String {
    let names: [AuditType: String] = [
      .internal: "Internal audit", .stage1: "Certification audit stage 1",
      .stage2: "Certification audit stage 2", .surveillance: "Surveillance audit",
      .recertification: "Recertification audit", .special: "Special audit",
    ]
    return "\(names[type] ?? "Audit") \(DayRange(start: start, end: end))"
  }
}

/// Creates audit records.
public enum AuditCreation {
  /// The new audit document, already `scheduled`.
  /// - Throws: ``Refusal`` (R48, d2 plan items), ``WorkflowInputError`` (id taken, unknown cycle,
  ///   missing lead auditor).
  public static func plan(_ request: AuditPlanRequest, facts: WorkflowFacts) throws -> WorkflowChange {
    guard facts.isms.documents.allSatisfy({ $0.id.lowercased() != request.id.lowercased() }) else {
      throw WorkflowInputError("the id \(request.id) is already taken; choose another audit id")
    }
    guard request.end >= request.start else {
      throw WorkflowInputError("--end \(request.end) is before --start \(request.start)")
    }
    var cycleID: String?
    if request.type.isExternal { cycleID = try facts.cycle(request.cycle).id }
    var context = AuditContext(on: request.on)
    let people = facts.isms.config
    context.auditors = ([request.lead].compactMap { $0 } + request.auditors).map {
      AuditorAreas(person: $0, areas: people?.person(named: $0)?.areas ?? [])
    }
    if context.auditors.isEmpty, let name = request.auditorName, !name.isBlankField {
      context.auditors = [AuditorAreas(person: name, areas: [])]
    }
    if request.type == .internal, request.lead == nil {
      throw WorkflowInputError("an internal audit needs its lead auditor: pass --lead PERSON (R48)")
    }
    context.auditedAreas = request.areas
    // The CB's own audit plan sets an external audit's scope; an internal one needs it here.
    if request.type == .internal, request.areas.isEmpty && request.clauses.isEmpty && request.controls.isEmpty
    {
      context.missingPlanItems.append("scope")
    }
    if request.criteria.isEmpty { context.missingPlanItems.append("criteria") }
    let result = try AuditMachine.transition(
      AuditProgress(state: .planned, type: request.type), on: .schedule, context: context)
    let text = render(request, cycle: cycleID, status: result.record.state)
    return WorkflowChange(
      record: request.id, path: request.path, text: text, event: AuditEvent.schedule.rawValue,
      from: AuditState.planned.rawValue, to: result.record.state.rawValue, warnings: result.warnings)
  }

  static func render(_ request: AuditPlanRequest, cycle: String?, status: AuditState) -> String {
    func list(_ values: [String]) -> String {
      "[" + values.map { YAMLQuoting.scalar($0, flow: true) }.joined(separator: ", ") + "]"
    }
    let title = request.title ?? request.defaultTitle
    var lines = [
      "---", "id: \(request.id)", "kind: audit", "title: \(YAMLQuoting.scalar(title))",
      "type: \(request.type.rawValue)",
    ]
    if let cycle { lines.append("cycle: \(cycle)") }
    lines += ["status: \(status.rawValue)", "start: \(request.start)", "end: \(request.end)"]
    if let lead = request.lead { lines.append("lead_auditor: \(YAMLQuoting.scalar(lead))") }
    if !request.auditors.isEmpty { lines.append("auditors: \(list(request.auditors))") }
    if let name = request.auditorName { lines.append("auditor_name: \(YAMLQuoting.scalar(name))") }
    lines.append("mode: \(YAMLQuoting.scalar(request.mode))")
    let scope = [("clauses", request.clauses), ("controls", request.controls), ("areas", request.areas)]
      .filter { !$0.1.isEmpty }
    lines.append(scope.isEmpty ? "scope: {}" : "scope:")
    lines += scope.map { "  \($0.0): \(list($0.1))" }
    lines.append("criteria: \(list(request.criteria))")
    lines.append("history:")
    let entry = HistoryEntry.value(
      on: request.on, by: request.by, event: AuditEvent.schedule.rawValue, from: AuditState.planned.rawValue,
      to: status.rawValue, note: request.note)
    lines += HistoryEntry.blockLines(entry)
    lines += [
      "---", "", "# \(title)", "", "## Plan", "", "Objectives, criteria, scope and agenda of the audit.", "",
      "## Findings", "", "Each finding is a record of its own (`isms finding open --audit \(request.id)`).",
      "",
    ]
    return lines.joined(separator: "\n")
  }
}
