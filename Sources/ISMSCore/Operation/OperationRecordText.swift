/// The files `isms activity add`, `isms evidence add` and `isms soc2 sample` write: the next free
/// id, the conventional path and the whole text, so nobody writes their YAML by hand.
public struct OperationRecordText: Sendable, Hashable {
  /// The id.
  public let id: String
  /// The file, relative to the ISMS root.
  public let path: String
  /// The whole file.
  public let text: String

  static let activityNaming = NewDocument.Naming(
    prefix: "ACT", yearly: false, digits: 3, folder: "activities")
  static let evidenceNaming = NewDocument.Naming(
    prefix: "EV", yearly: false, digits: 3, folder: "records/evidence")
  static let sampleNaming = NewDocument.Naming(
    prefix: "SMP", yearly: false, digits: 3, folder: "records/samples")

  private init(_ naming: NewDocument.Naming, isms: ISMS, today: Day, fields: [String], body: [String]) {
    id = NewDocument.nextID(naming, isms: isms, today: today)
    path = "\(naming.folder)/\(id).md"
    text = (["---", "id: \(id)"] + fields + ["---", ""] + body).joined(separator: "\n") + "\n"
  }

  private static func quoted(_ text: String) -> String { YAMLQuoting.scalar(text) }

  private static func list(_ values: [String]) -> String {
    "[" + values.map { YAMLQuoting.scalar($0, flow: true) }.joined(separator: ", ") + "]"
  }

  /// A new activity.
  public static func activity(
    title: String, controls: [String], criteria: [String], owner: String, cadence: Cadence, start: Day,
    graceDays: Int?, description: String, isms: ISMS, today: Day
  ) -> OperationRecordText {
    var fields = [
      "kind: activity", "title: \(quoted(title))", "controls: \(list(controls))",
    ]
    if !criteria.isEmpty { fields.append("criteria: \(list(criteria))") }
    fields += ["owner: \(owner)", "cadence: \(cadence.rawValue)", "start: \(start)"]
    if let graceDays { fields.append("grace_days: \(graceDays)") }
    fields.append("description: \(quoted(description))")
    return OperationRecordText(
      activityNaming, isms: isms, today: today, fields: fields, body: ["# \(title)", "", description])
  }

  /// A new evidence record of `activity`.
  public static func evidence(
    activity: String, title: String, date: Day, performedBy: String, covers: [String],
    attachments: [EvidenceRecord.Attachment], exceptions: [String], isms: ISMS, today: Day
  ) -> OperationRecordText {
    var fields = [
      "kind: evidence", "title: \(quoted(title))", "activity: \(activity)", "date: \(date)",
      "performed_by: \(performedBy)", "covers: \(list(covers))",
    ]
    if !attachments.isEmpty {
      fields.append("attachments:")
      for attachment in attachments {
        fields += ["  - path: \(quoted(attachment.path))", "    sha256: \(attachment.sha256)"]
      }
    }
    if !exceptions.isEmpty {
      fields.append("exceptions:")
      fields += exceptions.map { "  - description: \(quoted($0))" }
    }
    let summary =
      exceptions.isEmpty
      ? "Performed by \(performedBy) on \(date); no exception found."
      : "Performed by \(performedBy) on \(date); \(exceptions.count) exception(s) found (see `exceptions`)."
    return OperationRecordText(
      evidenceNaming, isms: isms, today: today, fields: fields, body: ["# \(title)", "", summary])
  }

  /// A new sample record; `command` is the command line that draws it again.
  public static func sample(
    activity: String, period: DayRange, drawnBy: String, seed: UInt64, population: [SampleDraw.Item],
    items: [String], repositories: [String], command: String, isms: ISMS, today: Day
  ) -> OperationRecordText {
    let title = "Sample of \(activity), \(period.start)..\(period.end)"
    var fields = [
      "kind: sample", "title: \(quoted(title))", "activity: \(activity)", "period_start: \(period.start)",
      "period_end: \(period.end)", "drawn_on: \(today)", "drawn_by: \(drawnBy)",
      "algorithm: \(SampleDraw.algorithm)", "seed: \(seed)", "population_size: \(population.count)",
      "population_sha256: \(SampleDraw.sha256(population))", "size: \(items.count)", "items: \(list(items))",
    ]
    if !repositories.isEmpty { fields.append("repositories: \(list(repositories))") }
    let body = [
      "# \(title)", "",
      "\(items.count) of \(population.count) items, drawn again by:", "", "```", command, "```",
    ]
    return OperationRecordText(sampleNaming, isms: isms, today: today, fields: fields, body: body)
  }
}
