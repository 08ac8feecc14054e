/// A management review decision (9.3.3) and the action it becomes (R51).
public struct ReviewAction: Sendable, Hashable, Codable {
  /// Whether the action is still to do.
  public enum Status: String, Sendable, Hashable, Codable {
    /// To do.
    case open
    /// Done.
    case done
    /// Dropped with a reason.
    case dropped
  }

  /// The decision id, `MR-2026-01-D1`.
  public let id: String
  /// What was decided.
  public let decision: String
  /// Who carries it out (R51).
  public let owner: String?
  /// By when (R51).
  public let due: Day?
  /// Its status.
  public let status: Status

  /// Creates a decision.
  public init(id: String, decision: String, owner: String?, due: Day?, status: Status) {
    self.id = id
    self.decision = decision
    self.owner = owner
    self.due = due
    self.status = status
  }
}

/// What a management review record addresses and what it leaves open (R49, R51).
public struct ManagementReviewChecklist: Sendable, Hashable, Codable {
  /// One 9.3.2 input and whether the record addresses it.
  public struct Item: Sendable, Hashable, Codable {
    /// The input.
    public let input: ReviewInput
    /// Its clause reference.
    public let clause: String
    /// Whether the record has text for it.
    public let addressed: Bool
  }

  /// The ten inputs in clause order (`ReviewInput` is the document layer's key set).
  public let items: [Item]
  /// The inputs without text.
  public let missingInputs: [ReviewInput]
  /// Whether top management attended (R49).
  public let topManagementPresent: Bool
  /// Whether the review recorded any decision (9.3.3 outputs).
  public let hasDecisions: Bool
  /// The decisions that become tracked actions (R51): every decision not dropped.
  public let actions: [ReviewAction]
  /// Decisions that lack an owner or a due date, so cannot be tracked (R51).
  public let untrackableDecisions: [String]
  /// The previous review's decisions still open (input a).
  public let previousActionsOpen: [String]
  /// The previous review's open decisions past their due date on `today`.
  public let previousActionsOverdue: [String]

  private enum CodingKeys: String, CodingKey {
    case items, actions
    case missingInputs = "missing_inputs"
    case topManagementPresent = "top_management_present"
    case hasDecisions = "has_decisions"
    case untrackableDecisions = "untrackable_decisions"
    case previousActionsOpen = "previous_actions_open"
    case previousActionsOverdue = "previous_actions_overdue"
  }

  /// Whether the record satisfies R49 and R51: every input addressed, top management present,
  /// at least one decision, and every decision trackable.
  public var isComplete: Bool {
    missingInputs.isEmpty && topManagementPresent && hasDecisions && untrackableDecisions.isEmpty
  }

  /// Builds the checklist of one review.
  /// - Parameters:
  ///   - inputs: the record's `inputs`, keyed by `ReviewInput` raw values.
  ///   - decisions: the record's `decisions`.
  ///   - topManagementPresent: whether an attendee holds the `top-management` role.
  ///   - previousDecisions: the previous review's decisions, with their current status.
  ///   - today: the day for overdue checks.
  public static func evaluate(
    inputs: [String: String], decisions: [ReviewAction], topManagementPresent: Bool,
    previousDecisions: [ReviewAction], today: Day
  ) -> ManagementReviewChecklist {
    let items = ReviewInput.allCases.map { input in
      Item(input: input, clause: input.item, addressed: !(inputs[input.rawValue] ?? "").isBlankField)
    }
    let open = previousDecisions.filter { $0.status == .open }
    return ManagementReviewChecklist(
      items: items,
      missingInputs: items.filter { !$0.addressed }.map(\.input),
      topManagementPresent: topManagementPresent,
      hasDecisions: !decisions.isEmpty,
      actions: decisions.filter { $0.status != .dropped },
      untrackableDecisions: decisions.filter {
        $0.status != .dropped && ($0.owner.isBlankField || $0.due == nil)
      }
      .map(\.id),
      previousActionsOpen: open.map(\.id),
      previousActionsOverdue: open.filter { $0.due.map { $0 < today } ?? false }.map(\.id))
  }
}
