/// Which audit a packet prepares for; decides what goes in (the rulebook's audit packet contents).
public enum PacketKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// Certification stage 1 (e2): the design of the ISMS.
  case stage1
  /// Certification stage 2 (e3): everything of stage 1, refreshed, with operating evidence.
  case stage2
  /// A surveillance audit (e4): records and changes since the previous external audit.
  case surveillance
  /// A recertification audit (e5): the whole cycle.
  case recertification
  /// An internal audit (9.2): everything.
  case `internal`
  /// A SOC 2 examination (Type I or II, from `isms.yml` `soc2`): everything of an internal audit
  /// packet, with the system description, management's assertion, the control matrix and the
  /// changes in the period.
  case soc2

  /// The packet kind that prepares for an audit of `type`; a special audit gets a surveillance packet.
  public init(auditType: AuditType) {
    switch auditType {
    case .internal: self = .internal
    case .stage1: self = .stage1
    case .stage2: self = .stage2
    case .surveillance, .special: self = .surveillance
    case .recertification: self = .recertification
    }
  }

  /// The audit in words: `surveillance audit`.
  public var auditName: String {
    switch self {
    case .stage1: "stage 1 certification audit"
    case .stage2: "stage 2 certification audit"
    case .surveillance: "surveillance audit"
    case .recertification: "recertification audit"
    case .internal: "internal audit"
    case .soc2: "SOC 2 examination"
    }
  }

  /// The audit types a packet of this kind is prepared for.
  public var auditTypes: Set<AuditType> {
    switch self {
    case .stage1: [.stage1]
    case .stage2: [.stage2]
    case .surveillance: [.surveillance, .special]
    case .recertification: [.recertification]
    case .internal: [.internal]
    case .soc2: []
    }
  }

  /// Whether records are limited to those since the previous external audit (e4); the other
  /// kinds show the whole history (e2, e3, e5).
  var limitsRecordsToBaseline: Bool { self == .surveillance }
}

/// Who a packet is for.
public enum PacketAudience: String, Sendable, Hashable, CaseIterable, Codable {
  /// The certification body's or an internal auditor: the full packet.
  case auditor
  /// The organisation's customers: scope, certificates, audits held, controls in place, and public
  /// documents only.
  case customer
}
