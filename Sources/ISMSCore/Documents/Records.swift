/// The fields of an `objective` record (6.2).
public struct ObjectiveRecord: Sendable, Hashable {
  /// What is measured.
  public let metric: String?
  /// The target value.
  public let target: String?
  /// The responsible person id.
  public let owner: String?
  /// The completion date.
  public let due: Day?
  /// Resources needed.
  public let resources: String?
  /// How results are evaluated.
  public let evaluationMethod: String?
  /// Progress, when tracked.
  public let progress: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    metric = reader.string("metric")
    target = reader.string("target")
    owner = reader.string("owner")
    due = reader.day("due")
    resources = reader.string("resources")
    evaluationMethod = reader.string("evaluation_method")
    progress = reader.string("progress")
  }
}

/// The fields of a `competence` record (7.2 d).
public struct CompetenceRecord: Sendable, Hashable {
  /// The people whose competence is evidenced.
  public let people: [String]
  /// The date of the training or assessment.
  public let date: Day?
  /// The evidence.
  public let evidence: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    people = reader.strings("people")
    date = reader.day("date")
    evidence = reader.string("evidence")
  }
}

/// The fields of a `metric` record (9.1).
public struct MetricRecord: Sendable, Hashable {
  /// The objective measured, when any.
  public let objective: String?
  /// The first day of the period.
  public let periodStart: Day?
  /// The last day of the period.
  public let periodEnd: Day?
  /// The measured value.
  public let value: String?
  /// Who measured it.
  public let measuredBy: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    objective = reader.string("objective")
    periodStart = reader.day("period_start")
    periodEnd = reader.day("period_end")
    value = reader.string("value")
    measuredBy = reader.string("measured_by")
  }
}
