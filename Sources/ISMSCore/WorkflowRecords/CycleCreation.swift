/// Creates certification cycle records.
public enum CycleCreation {
  /// A new cycle `id` in `preparing` for the ISMS's framework.
  /// - Throws: ``WorkflowInputError`` when the id is taken.
  public static func start(
    id: String, certificationBody: String?, title: String?, anchor: String, on: Day, by: String,
    note: String?,
    facts: WorkflowFacts
  ) throws -> WorkflowChange {
    guard facts.isms.documents.allSatisfy({ $0.id.lowercased() != id.lowercased() }) else {
      throw WorkflowInputError("the id \(id) is already taken; choose another cycle id")
    }
    let framework = facts.isms.config?.framework ?? .iso27001_2022
    let title = title ?? "ISO/IEC 27001 certification cycle \(id)"
    var lines = [
      "---", "id: \(id)", "kind: cycle", "title: \(YAMLQuoting.scalar(title))",
      "standard: \(framework.rawValue)",
    ]
    if let body = certificationBody ?? facts.isms.config?.certificationBodyName {
      lines.append("certification_body: \(YAMLQuoting.scalar(body))")
    }
    lines += ["status: \(CycleState.preparing.rawValue)", "surveillance_anchor: \(anchor)", "history:"]
    lines += HistoryEntry.blockLines(
      HistoryEntry.value(
        on: on, by: by, event: "start", from: nil, to: CycleState.preparing.rawValue, note: note))
    lines += ["---", "", "# \(title)", ""]
    return WorkflowChange(
      record: id, path: "records/cycles/\(id).md", text: lines.joined(separator: "\n"), event: "start",
      from: nil,
      to: CycleState.preparing.rawValue)
  }
}
