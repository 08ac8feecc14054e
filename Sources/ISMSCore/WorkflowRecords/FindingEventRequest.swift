/// What a finding event records besides its name: the 10.2 payload.
public struct FindingEventRequest: Sendable, Hashable {
  /// The event.
  public var event: FindingEvent
  /// The day.
  public var on: Day
  /// Who records it (for `verify` of an internal NC: who reviewed effectiveness).
  public var by: String
  /// A note.
  public var note: String?
  /// 10.2 a: the correction.
  public var correction: String?
  /// 10.2 b: the root cause and how it was found.
  public var rootCause: String?
  /// 10.2 b: whether similar nonconformities exist or could occur.
  public var similarNCCheck: String?
  /// 10.2 c: corrective actions, replacing those written.
  public var actions: [PlannedAction] = []
  /// 10.2 c: evidence of implementation.
  public var implementationEvidence: String?
  /// `verify`, external: how the CB verified (R8).
  public var method: VerificationMethod?
  /// `verify`, external minor: the audit at which the CB verified (R53).
  public var verifiedAtAudit: String?
  /// 10.2 e: whether the ISMS needs changing.
  public var ismsChange: String?
  /// `void`: why.
  public var justification: String?
  /// `void`: who approved.
  public var approver: String?
  /// `reject_plan`, `reopen`, `escalate`, closing an OFI: why.
  public var reason: String?

  /// Creates a request.
  public init(event: FindingEvent, on: Day, by: String) {
    self.event = event
    self.on = on
    self.by = by
  }
}
