/// What a cycle event records besides its name: the day, who, and the event's own facts.
public struct CycleEventRequest: Sendable, Hashable {
  /// The event.
  public var event: CycleEvent
  /// The day of the event (the history entry's `on`; the decision date of `grant`).
  public var on: Day
  /// Who records it (person id).
  public var by: String
  /// The audit the event concerns, when not the latest of its type.
  public var audit: String?
  /// A note for the history entry and the commit.
  public var note: String?
  /// A CB override recorded with the event (R23).
  public var override: Override?
  /// The certificate number (`grant`, `restore`).
  public var certificate: String?
  /// The certificate's expiry, when the CB printed one (`grant`, `restore`).
  public var expiry: Day?
  /// The SoA version the certificate refers to (R22); default: the SoA document's version.
  public var soaVersion: String?
  /// The CB's reason (`withdraw`, `reduce_scope`).
  public var reason: String?
  /// The CB's cause of suspension (`suspend`).
  public var cause: SuspensionCause?
  /// Whether the suspension's cause is resolved (`reinstate`).
  public var causeResolved = false
  /// Whether the outstanding recertification activities are done (`restore`).
  public var activitiesComplete = false
  /// The accepting certification body (`transfer`).
  public var newCertificationBody: String?
  /// Whether the accepting CB's pre-transfer review is recorded (`transfer`).
  public var preTransferReview = false

  /// Creates a request.
  public init(event: CycleEvent, on: Day, by: String) {
    self.event = event
    self.on = on
    self.by = by
  }
}
