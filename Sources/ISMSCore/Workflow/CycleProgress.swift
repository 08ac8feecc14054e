/// The extended state of one certification cycle: its d1 state and the dates the machine
/// sets or reads. The integration maps a `cycle` document (and its audits) into this.
public struct CycleProgress: Sendable, Hashable {
  /// The d1 state.
  public var state: CycleState
  /// What the first surveillance is counted from (R12).
  public var anchor: SurveillanceAnchor
  /// The current certification body.
  public var certificationBody: String?
  /// The last day of the reported stage 1 (R3).
  public var stage1LastDay: Day?
  /// The first day of the planned stage 2 (R3, R4).
  public var stage2Start: Day?
  /// The last day of the reported stage 2 (R10, R12 `stage2_end`).
  public var stage2LastDay: Day?
  /// The latest certification, recertification or restoration decision (R11).
  public var decisionDate: Day?
  /// The day the current three-year cycle began (R11).
  public var cycleStart: Day?
  /// The last day the certificate is valid (R11, R17).
  public var expiry: Day?
  /// Surveillance audits held in the current cycle (the d1 `year` counter).
  public var surveillancesHeld: Int
  /// The day of the current suspension (R19).
  public var suspendedOn: Day?
  /// The cause of the current suspension (R19).
  public var suspensionCause: SuspensionCause?
  /// Periods without valid certification, such as expiry → restoration (R18).
  public var uncertified: [DayRange]

  /// Creates a record.
  public init(
    state: CycleState, anchor: SurveillanceAnchor = .decision, certificationBody: String? = nil,
    stage1LastDay: Day? = nil, stage2Start: Day? = nil, stage2LastDay: Day? = nil,
    decisionDate: Day? = nil, cycleStart: Day? = nil, expiry: Day? = nil, surveillancesHeld: Int = 0,
    suspendedOn: Day? = nil, suspensionCause: SuspensionCause? = nil, uncertified: [DayRange] = []
  ) {
    self.state = state
    self.anchor = anchor
    self.certificationBody = certificationBody
    self.stage1LastDay = stage1LastDay
    self.stage2Start = stage2Start
    self.stage2LastDay = stage2LastDay
    self.decisionDate = decisionDate
    self.cycleStart = cycleStart
    self.expiry = expiry
    self.surveillancesHeld = surveillancesHeld
    self.suspendedOn = suspendedOn
    self.suspensionCause = suspensionCause
    self.uncertified = uncertified
  }

  /// `recertification` once a certification decision exists, else `initial`.
  public var phase: CyclePhase { decisionDate == nil ? .initial : .recertification }

  /// The surveillance anchor day (R12): the decision, or the last day of stage 2.
  public var anchorDay: Day? {
    switch anchor {
    case .decision: return decisionDate
    case .stage2End: return stage2LastDay ?? decisionDate
    }
  }
}
