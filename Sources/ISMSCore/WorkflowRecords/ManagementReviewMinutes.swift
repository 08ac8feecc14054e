/// Management review minutes (9.3): a new draft from the template, the 9.3.2 checklist of a
/// record, and making the minutes final.
public enum ManagementReviewMinutes {
  /// The 9.3.2 inputs in words, beside the empty `inputs` fields of a new draft.
  static let headings: [ReviewInput: String] = [
    .previousActions: "a) Status of actions from previous management reviews",
    .externalInternalIssues: "b) Changes in external and internal issues",
    .interestedParties: "c) Changes in needs and expectations of interested parties",
    .nonconformities: "d1) Nonconformities and corrective actions",
    .monitoringResults: "d2) Monitoring and measurement results",
    .auditResults: "d3) Audit results",
    .objectives: "d4) Fulfilment of information security objectives",
    .interestedPartyFeedback: "e) Feedback from interested parties",
    .riskAssessment: "f) Results of risk assessment and status of the risk treatment plan",
    .improvement: "g) Opportunities for continual improvement",
  ]

  /// A new draft review `id` on `date`: each 9.3.2 input in one place, its `inputs` field, prepared
  /// from the repository where it can be (``ManagementReviewPreparation``) and empty where only top
  /// management can state it; the body holds the meeting's notes.
  /// - Parameter changedPaths: the files changed since the previous review (from git).
  /// - Throws: ``WorkflowInputError`` when the id is taken.
  public static func open(
    id: String, date: Day, title: String?, attendees: [String], changedPaths: Set<String>,
    facts: WorkflowFacts
  ) throws -> WorkflowChange {
    guard facts.isms.documents.allSatisfy({ $0.id.lowercased() != id.lowercased() }) else {
      throw WorkflowInputError("the id \(id) is already taken; choose another management review id")
    }
    let title = title ?? "Management review \(date)"
    let list = attendees.map { YAMLQuoting.scalar($0, flow: true) }.joined(separator: ", ")
    let prepared = ManagementReviewPreparation(
      date: date, previous: previousReview(before: date, facts: facts), changedPaths: changedPaths,
      facts: facts
    ).inputs
    var lines = [
      "---", "id: \(id)", "kind: management-review", "title: \(YAMLQuoting.scalar(title))", "date: \(date)",
      "status: draft", "attendees: [\(list)]", "inputs:",
    ]
    for input in ReviewInput.allCases {
      guard let text = prepared[input] else {
        lines.append("  \(input.rawValue):   # \(input.item), to complete: \(headings[input] ?? "")")
        continue
      }
      lines.append("  \(input.rawValue): |-")
      lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
    }
    lines += [
      "decisions: []", "---", "", "# \(title)", "",
      "The 9.3.2 inputs are in `inputs` above, prepared by isms on \(facts.today) from the",
      "repository where it could be. Top management completes and corrects them",
      "(`isms management-review set \(id) --input NAME=TEXT`) and records each decision with an",
      "owner and a due date (`--decision TEXT --owner PERSON --due DATE`, R51).", "",
      "## Notes", "",
    ]
    return WorkflowChange(
      record: id, path: "records/management-reviews/\(id).md", text: lines.joined(separator: "\n"),
      event: "open",
      from: nil, to: RecordStatus.draft.rawValue)
  }

  /// The next free id `MR-YEAR-NN` of `year`.
  public static func nextID(in isms: ISMS, year: Int) -> String {
    let prefix = "MR-\(year)-"
    let used = isms.documents(of: .managementReview).filter { $0.id.hasPrefix(prefix) }.compactMap {
      Int($0.id.dropFirst(prefix.count))
    }
    let next = (used.max() ?? 0) + 1
    return prefix + (next < 10 ? "0\(next)" : String(next))
  }

  /// The latest review dated before `date`.
  public static func previousReview(before date: Day, facts: WorkflowFacts) -> Document? {
    facts.isms.documents(of: .managementReview).filter {
      ($0.managementReview?.date).map { $0 < date } ?? false
    }
    .max { ($0.managementReview?.date ?? date) < ($1.managementReview?.date ?? date) }
  }

  /// The checklist of review `id` (R49, R51), its previous review's actions included.
  public static func checklist(_ review: Document, facts: WorkflowFacts) -> ManagementReviewChecklist {
    let fields = review.managementReview
    var inputs: [String: String] = [:]
    for (input, text) in fields?.inputs ?? [:] { inputs[input.rawValue] = text }
    let config = facts.isms.config
    let top = (fields?.attendees ?? []).contains { config?.person(named: $0)?.holds(.topManagement) ?? false }
    let previous = fields?.date.flatMap { previousReview(before: $0, facts: facts) }
    return ManagementReviewChecklist.evaluate(
      inputs: inputs, decisions: actions(of: review), topManagementPresent: top,
      previousDecisions: previous.map(actions(of:)) ?? [], today: facts.today)
  }

  /// The decisions of a review as tracked actions (R51).
  public static func actions(of review: Document) -> [ReviewAction] {
    (review.managementReview?.decisions ?? []).enumerated().map { index, decision in
      ReviewAction(
        id: decision.id ?? "\(review.id)-D\(index + 1)", decision: decision.decision ?? "",
        owner: decision.owner,
        due: decision.due, status: ReviewAction.Status(rawValue: decision.status ?? "") ?? .open)
    }
  }

  /// Makes the minutes final, by a holder of `top-management` (R49), once complete.
  /// - Throws: ``Refusal`` (R49, R51, R36), ``FrontMatterEditError``.
  public static func finalize(
    _ review: Document, text: String, by person: Person, facts: WorkflowFacts
  ) throws -> WorkflowChange {
    guard review.recordStatus != .final else {
      throw Refusal(
        rule: "R36",
        message: "\(review.id) is already final; a correction is a new record with `corrects: \(review.id)`")
    }
    guard person.holds(.topManagement) else {
      throw Refusal(
        rule: "R49",
        message: "the management review is top management's: \(person.id) does not hold top-management")
    }
    let checklist = checklist(review, facts: facts)
    if !checklist.missingInputs.isEmpty {
      throw Refusal(
        rule: "R49",
        message: "inputs not addressed: "
          + checklist.missingInputs.map { "\($0.rawValue) (\($0.item))" }.joined(separator: ", "))
    }
    if !checklist.topManagementPresent {
      throw Refusal(rule: "R49", message: "no attendee holds top-management; add them to `attendees`")
    }
    if !checklist.hasDecisions {
      throw Refusal(rule: "R49", message: "the review records no decision (9.3.3); add `decisions`")
    }
    if !checklist.untrackableDecisions.isEmpty {
      throw Refusal(
        rule: "R51",
        message:
          "decisions without owner or due date: \(checklist.untrackableDecisions.joined(separator: ", "))")
    }
    return WorkflowChange(
      record: review.id, path: review.path,
      text: try FrontMatterEditor.apply([.set("status", .string(RecordStatus.final.rawValue))], to: text),
      event: "finalize", from: RecordStatus.draft.rawValue, to: RecordStatus.final.rawValue)
  }
}
