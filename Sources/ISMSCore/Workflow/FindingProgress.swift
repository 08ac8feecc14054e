/// How the CB verified an external NC (R8), as in a finding's `verification_method`.
public enum VerificationMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// An additional full audit.
  case fullAudit = "full_audit"
  /// An additional limited audit.
  case limitedAudit = "limited_audit"
  /// Documentary evidence reviewed by the CB.
  case documentary
  /// Evidence confirmed at the next audit (the route for minors, R53).
  case nextAudit = "next_audit"
}

/// A CB verification record for an external NC (R8).
public struct CBVerification: Sendable, Hashable {
  /// How it was verified.
  public let method: VerificationMethod
  /// When.
  public let on: Day
  /// The external audit at which it was verified, when it was (R53).
  public let audit: String?

  /// Creates a verification record.
  public init(method: VerificationMethod, on: Day, audit: String? = nil) {
    self.method = method
    self.on = on
    self.audit = audit
  }
}

/// One corrective action of a plan (10.2 c).
public struct PlannedAction: Sendable, Hashable {
  /// What will be done.
  public let action: String
  /// Who does it.
  public let owner: String?
  /// By when.
  public let due: Day?

  /// Creates an action.
  public init(action: String, owner: String?, due: Day?) {
    self.action = action
    self.owner = owner
    self.due = due
  }
}

/// A finding's d3 state and the fixed facts the machine reads or sets.
public struct FindingProgress: Sendable, Hashable {
  /// The state.
  public var state: FindingState
  /// The grade (R6).
  public var grade: FindingGrade
  /// External (CB) or internal.
  public var origin: FindingOrigin
  /// The deadline (`due`).
  public var due: Day?
  /// When the corrective action was implemented; set by `implement`.
  public var implementedOn: Day?
  /// When effectiveness was verified; set by `verify`.
  public var verifiedOn: Day?
  /// How often the NC was reopened.
  public var recurrence: Int

  /// Creates a record.
  public init(
    state: FindingState, grade: FindingGrade, origin: FindingOrigin, due: Day? = nil,
    implementedOn: Day? = nil, verifiedOn: Day? = nil, recurrence: Int = 0
  ) {
    self.state = state
    self.grade = grade
    self.origin = origin
    self.due = due
    self.implementedOn = implementedOn
    self.verifiedOn = verifiedOn
    self.recurrence = recurrence
  }
}

/// The facts a finding transition needs (the finding document's fields, as the integration reads them).
public struct FindingContext: Sendable, Hashable {
  /// The day of the event.
  public var on: Day
  /// 10.2 a: the correction.
  public var correction: String?
  /// 10.2 a: why no correction is possible, instead of one.
  public var correctionImpossibleReason: String?
  /// 10.2 b: the root cause and method.
  public var rootCause: String?
  /// 10.2 b: whether similar NCs exist or could occur, and the result.
  public var similarNCCheck: String?
  /// 10.2 c: the corrective actions.
  public var actions: [PlannedAction] = []
  /// 10.2 c: links to the evidence of implementation.
  public var implementationEvidence: [String] = []
  /// Who implemented the actions.
  public var implementers: [String] = []
  /// Who reviewed effectiveness (10.2 d).
  public var verifiedBy: String?
  /// The CB's verification record, for external NCs (R8).
  public var cbVerification: CBVerification?
  /// 10.2 e: the decision whether the ISMS needs changing.
  public var ismsChange: String?
  /// Why the finding is void.
  public var justification: String?
  /// Who approved voiding it.
  public var approver: String?
  /// Why a plan was rejected, a finding reopened or escalated, or an OFI closed (R54).
  public var reason: String?
  /// CB overrides (R53 early verification).
  public var overrides: [Override] = []
  /// Due-date defaults and the soak period.
  public var policy = FindingPolicy()

  /// Creates a context for an event on `on`.
  public init(on: Day) { self.on = on }
}
