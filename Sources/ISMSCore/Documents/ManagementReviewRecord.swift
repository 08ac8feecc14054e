/// One decision of a management review (9.3.3), tracked as an action (R51).
public struct ReviewDecision: Sendable, Hashable, Codable {
  /// The decision id.
  public let id: String?
  /// What was decided.
  public let decision: String?
  /// Who carries it out.
  public let owner: String?
  /// By when.
  public let due: Day?
  /// Open, done or dropped.
  public let status: String?
}

/// The fields of a `management-review` record (9.3).
public struct ManagementReviewRecord: Sendable, Hashable {
  /// The date of the review.
  public let date: Day?
  /// The attendees' person ids.
  public let attendees: [String]
  /// The 9.3.2 inputs written.
  public let inputs: [ReviewInput: String]
  /// The decisions.
  public let decisions: [ReviewDecision]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    date = reader.day("date")
    attendees = reader.strings("attendees")
    var inputs: [ReviewInput: String] = [:]
    if let written = reader.object("inputs") {
      for input in ReviewInput.allCases { inputs[input] = written.string(input.rawValue) }
    }
    self.inputs = inputs
    decisions = reader.objects("decisions").map {
      ReviewDecision(
        id: $0.string("id"), decision: $0.string("decision"), owner: $0.string("owner"), due: $0.day("due"),
        status: $0.string("status"))
    }
  }
}
