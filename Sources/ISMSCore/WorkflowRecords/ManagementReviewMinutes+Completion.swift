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
    var text = text
    for input in ReviewInput.allCases {
      if let value = inputs[input] { text = try replacing(input, with: value, in: text, path: review.path) }
    }
    var edits: [FrontMatterEdit] = []
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

  /// `text` with the value of `inputs.INPUT` (its key line and the more-indented lines below it)
  /// replaced by `value` as a literal block, so the other inputs keep their form and comments.
  /// - Throws: ``WorkflowInputError`` when the minutes have no such key under `inputs:`.
  static func replacing(_ input: ReviewInput, with value: String, in text: String, path: String) throws
    -> String
  {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let close = lines.indices.dropFirst().first { lines[$0] == "---" } ?? lines.count
    guard let block = lines[..<close].firstIndex(of: "inputs:"),
      let start = lines[(block + 1)..<close].firstIndex(where: {
        $0.hasPrefix("  \(input.rawValue):") && !$0.hasPrefix("   ")
      })
    else {
      throw WorkflowInputError(
        "\(path) has no `inputs: \(input.rawValue):` line to fill; add it under `inputs:`, or open new minutes"
      )
    }
    var end = start + 1
    while end < close,
      lines[end].hasPrefix("   ")
        || lines[end].allSatisfy(\.isWhitespace) && end + 1 < close
          && lines[end + 1].hasPrefix("   ")
    {
      end += 1
    }
    let body = value.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.allSatisfy(\.isWhitespace) ? "" : "    \($0)"
    }
    lines.replaceSubrange(start..<end, with: ["  \(input.rawValue): |-"] + body)
    return lines.joined(separator: "\n")
  }
}
