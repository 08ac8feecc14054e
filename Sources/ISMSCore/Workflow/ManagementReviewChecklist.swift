/// The management review inputs of ISO/IEC 27001:2022 9.3.2 a)–g), with d) in its four parts.
/// Raw values are the keys of a `management-review`'s `inputs`.
public enum ManagementReviewInput: String, Sendable, Hashable, Codable, CaseIterable {
  /// a) status of actions from previous management reviews.
  case previousActions = "previous_actions"
  /// b) changes in external and internal issues.
  case externalInternalIssues = "external_internal_issues"
  /// c) changes in needs and expectations of interested parties.
  case interestedParties = "interested_parties"
  /// d1) nonconformities and corrective actions.
  case nonconformities
  /// d2) monitoring and measurement results.
  case monitoringResults = "monitoring_results"
  /// d3) audit results.
  case auditResults = "audit_results"
  /// d4) fulfilment of information security objectives.
  case objectives
  /// e) feedback from interested parties.
  case interestedPartyFeedback = "interested_party_feedback"
  /// f) results of risk assessment and status of the risk treatment plan.
  case riskAssessment = "risk_assessment"
  /// g) opportunities for continual improvement.
  case improvement

  /// The clause reference, `9.3.2 d2`.
  public var clause: String {
    switch self {
    case .previousActions: return "9.3.2 a"
    case .externalInternalIssues: return "9.3.2 b"
    case .interestedParties: return "9.3.2 c"
    case .nonconformities: return "9.3.2 d1"
    case .monitoringResults: return "9.3.2 d2"
    case .auditResults: return "9.3.2 d3"
    case .objectives: return "9.3.2 d4"
    case .interestedPartyFeedback: return "9.3.2 e"
    case .riskAssessment: return "9.3.2 f"
    case .improvement: return "9.3.2 g"
    }
  }
}

/// A management review decision (9.3.3) and the action it becomes (R51).
public struct ReviewDecision: Sendable, Hashable, Codable {
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
    public let input: ManagementReviewInput
    /// Its clause reference.
    public let clause: String
    /// Whether the record has text for it.
    public let addressed: Bool
  }

  /// The ten inputs in clause order.
  public let items: [Item]
  /// The inputs without text.
  public let missingInputs: [ManagementReviewInput]
  /// Whether top management attended (R49).
  public let topManagementPresent: Bool
  /// Whether the review recorded any decision (9.3.3 outputs).
  public let hasDecisions: Bool
  /// The decisions that become tracked actions (R51): every decision not dropped.
  public let actions: [ReviewDecision]
  /// Decisions that lack an owner or a due date, so cannot be tracked (R51).
  public let untrackableDecisions: [String]
  /// The previous review's decisions still open (input a).
  public let previousActionsOpen: [String]
  /// The previous review's open decisions past their due date on `today`.
  public let previousActionsOverdue: [String]

  enum CodingKeys: String, CodingKey {
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
  ///   - inputs: the record's `inputs`, keyed by `ManagementReviewInput` raw values.
  ///   - decisions: the record's `decisions`.
  ///   - topManagementPresent: whether an attendee holds the `top-management` role.
  ///   - previousDecisions: the previous review's decisions, with their current status.
  ///   - today: the day for overdue checks.
  public static func evaluate(
    inputs: [String: String], decisions: [ReviewDecision], topManagementPresent: Bool,
    previousDecisions: [ReviewDecision], today: Day
  ) -> ManagementReviewChecklist {
    let items = ManagementReviewInput.allCases.map { input in
      Item(input: input, clause: input.clause, addressed: !(inputs[input.rawValue] ?? "").isBlank)
    }
    let open = previousDecisions.filter { $0.status == .open }
    return ManagementReviewChecklist(
      items: items,
      missingInputs: items.filter { !$0.addressed }.map(\.input),
      topManagementPresent: topManagementPresent,
      hasDecisions: !decisions.isEmpty,
      actions: decisions.filter { $0.status != .dropped },
      untrackableDecisions: decisions.filter { $0.status != .dropped && ($0.owner.isBlank || $0.due == nil) }
        .map(\.id),
      previousActionsOpen: open.map(\.id),
      previousActionsOverdue: open.filter { $0.due.map { $0 < today } ?? false }.map(\.id))
  }
}
