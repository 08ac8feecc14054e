/// What an ISMS document is: the `kind` field of its front-matter.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// A policy: the information security policy or a topic-specific policy.
  case policy
  /// A procedure or process description.
  case procedure
  /// A plan, methodology, the scope, the SoA introduction, a register.
  case plan
  /// One Annex A control: its Statement of Applicability entry.
  case control
  /// One risk of the risk register.
  case risk
  /// One supplier.
  case supplier
  /// An information security objective and its plan (6.2).
  case objective
  /// Evidence of competence or training (7.2).
  case competence
  /// A monitoring or measurement result (9.1).
  case metric
  /// An internal or external audit.
  case audit
  /// An audit finding or other nonconformity and its corrective action.
  case finding
  /// Management review minutes (9.3).
  case managementReview = "management-review"
  /// One certification cycle with its certification body.
  case cycle
  /// One answer of the security questionnaire library (`answers/ANS-NNN.md`).
  case answer
  /// A supplier's certificate, report, bridge letter or other attestation.
  case assurance
  /// One assessment of a supplier with our questionnaire.
  case supplierReview = "supplier-review"
  /// A control activity that operates on a cadence (SOC 2 operating effectiveness).
  case activity
  /// Evidence that an activity operated once.
  case evidence
  /// A reproducible sample drawn from an activity's population.
  case sample

  /// Whether the kind is a controlled document (policy, procedure, plan) with approval and review.
  public var isControlled: Bool { self == .policy || self == .procedure || self == .plan }

  /// Whether the kind is a record with `status: draft | final`.
  public var isRecord: Bool {
    self == .objective || self == .competence || self == .metric || self == .managementReview
  }

  public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
