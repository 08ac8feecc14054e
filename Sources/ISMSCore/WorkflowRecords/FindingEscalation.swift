/// Raises a minor nonconformity to major (R53, d3 `escalated`): the minor ends in `escalated`
/// and the nonconformity continues as a new major linked both ways (`escalated_to`,
/// `escalated_from`), written in the same commit so neither exists without the other.
public enum FindingEscalation {
  /// The minor's change and the new major's, in that order.
  /// - Throws: the errors of ``FindingTransition/apply(_:to:text:facts:)`` and
  ///   ``FindingCreation/open(_:facts:)``.
  public static func escalate(
    _ request: FindingEventRequest, finding: Document, text: String, facts: WorkflowFacts
  ) throws -> [WorkflowChange] {
    let minor = try FindingTransition.apply(request, to: finding, text: text, facts: facts)
    let fields = finding.fields
    var major = FindingOpenRequest(
      grade: .major, statement: fields.string("statement") ?? finding.title ?? finding.id, on: request.on,
      by: request.by)
    major.audit = finding.finding?.audit
    major.source = fields.string("source") ?? "other"
    major.requirement = fields.string("requirement")
    major.evidence = fields.string("evidence")
    major.title = finding.title
    major.escalatedFrom = finding.id
    major.note = FindingTransition.note(request)
    let id = FindingCreation.nextID(.major, year: request.on.year, isms: facts.isms)
    major.id = id
    let opened = try FindingCreation.open(major, facts: facts)
    let linked = WorkflowChange(
      record: minor.record, path: minor.path,
      text: try FrontMatterEditor.apply([.set("escalated_to", .string(id))], to: minor.text),
      event: minor.event, from: minor.from, to: minor.to, warnings: minor.warnings)
    return [linked, opened]
  }
}
