/// Completing draft minutes by command: inputs and decisions without editing YAML by hand.
extension ManagementReviewMinutes {
  /// A decision to record (9.3.3), tracked as an action (R51).
  public struct NewDecision: Sendable, Hashable {
    /// What was decided.
    public let decision: String
    /// Who carries it out.
    public let owner: String
    /// By when.
    public let due: Day

    /// Creates a decision.
    public init(decision: String, owner: String, due: Day) {
      self.decision = decision
      self.owner = owner
      self.due = due
    }
  }

  /// The draft `review` with `inputs` replacing those inputs' text and `decision` appended as the
  /// next `ID-Dn`.
  /// - Throws: ``Refusal`` (R36) when the minutes are final; ``WorkflowInputError`` when there is
  ///   nothing to set or the owner is not in `isms.yml`; ``FrontMatterEditError``.
  public static func complete(
    _ review: Document, text: String, inputs: [ReviewInput: String], decision: NewDecision?,
    facts: WorkflowFacts
  ) throws -> WorkflowChange {
    guard review.recordStatus != .final else {
      throw Refusal(
        rule: "R36",
        message: "\(review.id) is already final; a correction is a new record with `corrects: \(review.id)`")
    }
    guard !inputs.isEmpty || decision != nil else {
      throw WorkflowInputError("nothing to set: give --input NAME=TEXT or --decision TEXT --owner --due")
    }
    var edits: [FrontMatterEdit] = []
    if !inputs.isEmpty {
      let current = review.managementReview?.inputs ?? [:]
      edits.append(
        .set(
          "inputs",
          .mapping(
            ReviewInput.allCases.map { input in
              FrontMatterField(input.rawValue, .string(inputs[input] ?? current[input] ?? ""))
            })))
    }
    if let decision {
      guard facts.isms.config?.person(decision.owner) != nil else {
        throw WorkflowInputError(
          "the owner \(decision.owner) is not in isms.yml people; add them (isms people add) or pick another")
      }
      let number = (review.managementReview?.decisions.count ?? 0) + 1
      edits.append(
        .append(
          "decisions",
          .mapping([
            FrontMatterField("id", .string("\(review.id)-D\(number)")),
            FrontMatterField("decision", .string(decision.decision)),
            FrontMatterField("owner", .string(decision.owner)), FrontMatterField("due", .day(decision.due)),
            FrontMatterField("status", .string(ReviewAction.Status.open.rawValue)),
          ])))
    }
    let status = review.recordStatus?.rawValue ?? RecordStatus.draft.rawValue
    return WorkflowChange(
      record: review.id, path: review.path, text: try FrontMatterEditor.apply(edits, to: text),
      event: "complete", from: status, to: status)
  }
}
