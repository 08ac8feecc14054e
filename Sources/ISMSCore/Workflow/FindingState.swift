/// The states of a nonconformity (rulebook d3); raw values are the `status` of a `finding`.
public enum FindingState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Raised: source, requirement, statement, evidence, grade and due set.
  case opened
  /// 10.2 a: correction done (or impossible, with a reason).
  case contained
  /// 10.2 b: root cause and the similar-NC check recorded.
  case causeAnalysed = "cause_analysed"
  /// 10.2 c planned: actions with owners and dates.
  case actionPlanned = "action_planned"
  /// External only: the plan went to the CB (R7).
  case planSubmitted = "plan_submitted"
  /// External only: the CB accepted the plan (R9).
  case planAccepted = "plan_accepted"
  /// 10.2 c done: evidence of implementation attached.
  case implemented
  /// 10.2 d: effectiveness verified (by the CB for external NCs, R8).
  case verified
  /// 10.2 e–g: ISMS-change decision recorded; records complete.
  case closed
  /// The CB or reviewer rejected the plan; back to cause analysis.
  case rejectedPlan = "rejected_plan"
  /// The effectiveness check failed or the NC recurred; back to cause analysis.
  case reopened
  /// Withdrawn after an appeal or an error. Terminal.
  case void
  /// A minor raised to major (R53); continues as a new major NC. Terminal.
  case escalated

  /// Whether no event other than `reopen` leaves the state.
  public var isTerminal: Bool { self == .closed || self == .void || self == .escalated }

  /// Whether the NC's effectiveness has been verified (`verified` or `closed`).
  public var isVerified: Bool { self == .verified || self == .closed }

  /// Whether the CB has at least accepted a plan (R9 minors, d2 external close).
  public var isAtLeastPlanAccepted: Bool {
    [.planAccepted, .implemented, .verified, .closed].contains(self)
  }

  /// Whether a plan with owners and dates exists (internal audits close on this, d2).
  public var isAtLeastActionPlanned: Bool {
    isAtLeastPlanAccepted || self == .actionPlanned || self == .planSubmitted
  }
}

/// The events of the nonconformity machine (d3); raw values are `history` event names.
public enum FindingEvent: String, Sendable, Hashable, Codable, CaseIterable {
  /// `opened → contained` (10.2 a).
  case contain
  /// `contained | rejected_plan | reopened → cause_analysed` (10.2 b).
  case analyseCause = "analyse_cause"
  /// `cause_analysed → action_planned` (10.2 c).
  case planActions = "plan_actions"
  /// External: `action_planned → plan_submitted` (R7).
  case submitPlan = "submit_plan"
  /// External: `plan_submitted → plan_accepted` (R9).
  case acceptPlan = "accept_plan"
  /// `action_planned | plan_submitted → rejected_plan`.
  case rejectPlan = "reject_plan"
  /// `action_planned` (internal) `| plan_accepted` (external) `→ implemented`.
  case implement
  /// `implemented → verified` (10.2 d, R8, R53, R55).
  case verify
  /// `verified → closed` (10.2 e); an OFI or observation closes from `opened` (R54).
  case close
  /// Any non-terminal state `→ void`, with justification and approver.
  case void
  /// A non-terminal minor `→ escalated` (R53).
  case escalate
  /// `implemented | verified | closed → reopened`; the recurrence counter increments.
  case reopen
}

/// Whether a finding was raised by the certification body or inside the organization.
public enum FindingOrigin: String, Sendable, Hashable, Codable, CaseIterable {
  /// Raised by the CB at a stage 1/2, surveillance, recertification or special audit.
  case external
  /// Raised by an internal audit, an incident or monitoring (R55).
  case `internal`
}

/// What the cycle and audit guards need to know about one finding.
public struct FindingSummary: Sendable, Hashable {
  /// The finding id, for messages.
  public let id: String
  /// The grade; `nil` while ungraded (R6 refuses that at report time).
  public let grade: FindingGrade?
  /// The finding's current state.
  public let state: FindingState

  /// Creates a summary.
  public init(id: String, grade: FindingGrade?, state: FindingState) {
    self.id = id
    self.grade = grade
    self.state = state
  }

  /// Whether this is a live nonconformity (graded major or minor, not void or escalated).
  var isLiveNonconformity: Bool {
    (grade?.isNonconformity ?? false) && state != .void && state != .escalated
  }
}

/// The finding queries the cycle and audit guards share.
extension [FindingSummary] {
  /// Ids of findings without a grade (R6).
  var ungraded: [String] { filter { $0.grade == nil && $0.state != .void }.map(\.id) }
  /// Ids of live majors not yet verified (R9, R10, R16).
  var unverifiedMajors: [String] {
    filter { $0.isLiveNonconformity && $0.grade == .major && !$0.state.isVerified }.map(\.id)
  }
  /// Ids of live minors whose plan the CB has not accepted (R9).
  var minorsWithoutAcceptedPlan: [String] {
    filter { $0.isLiveNonconformity && $0.grade == .minor && !$0.state.isAtLeastPlanAccepted }.map(\.id)
  }
  /// Ids of live nonconformities below `plan_accepted` (d2 external close).
  var nonconformitiesBelowPlanAccepted: [String] {
    filter { $0.isLiveNonconformity && !$0.state.isAtLeastPlanAccepted }.map(\.id)
  }
  /// Whether any live nonconformity exists.
  var hasNonconformity: Bool { contains { $0.isLiveNonconformity } }
}

/// Joins ids for messages: `NC-1, NC-2`.
func listedIDs(_ ids: [String]) -> String { ids.joined(separator: ", ") }
