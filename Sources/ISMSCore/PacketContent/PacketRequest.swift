/// What to build: the kind of packet, for whom, from which commit, as of which day.
public struct PacketRequest: Sendable, Hashable {
  /// The audit the packet prepares for.
  public var kind: PacketKind
  /// Who reads it.
  public var audience: PacketAudience
  /// The audit record it is for (`AUD-2026-SURV-02`), when one was named or found.
  public var auditID: String?
  /// The day date-dependent content (overdue reviews, open actions) is judged on.
  public var today: Day
  /// The day asked for with `--as-of`, if any.
  public var asOf: Day?
  /// The commit the packet is built from, 40 hex digits.
  public var sourceCommit: String
  /// The commit's time, which stamps every entry.
  public var committed: PacketTimestamp
  /// The version of `isms` building it.
  public var toolVersion: String

  /// A request with the given values.
  public init(
    kind: PacketKind, audience: PacketAudience = .auditor, auditID: String? = nil, today: Day,
    asOf: Day? = nil, sourceCommit: String, committed: PacketTimestamp,
    toolVersion: String = ISMSVersion.current
  ) {
    self.kind = kind
    self.audience = audience
    self.auditID = auditID
    self.today = today
    self.asOf = asOf
    self.sourceCommit = sourceCommit
    self.committed = committed
    self.toolVersion = toolVersion
  }
}
