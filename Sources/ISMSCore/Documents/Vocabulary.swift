/// A role a person holds in `isms.yml`.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
  /// Top management (5.1, 5.2, 9.3).
  case topManagement = "top-management"
  /// The chief information security officer.
  case ciso
  /// The ISMS manager.
  case ismsManager = "isms-manager"
  /// An internal auditor (9.2).
  case internalAuditor = "internal-auditor"
  /// A risk owner (6.1.2 c).
  case riskOwner = "risk-owner"
  /// A process owner.
  case processOwner = "process-owner"
  /// An employee.
  case employee
}

/// The lifecycle status of a controlled document.
public enum DocumentStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Being written or revised.
  case draft
  /// Approved and in force.
  case approved
  /// Withdrawn without replacement.
  case retired
}

/// The status of a record: a final record is never edited in place.
public enum RecordStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Being written.
  case draft
  /// Complete and immutable.
  case final
}

/// The classification of a controlled document (A.5.12).
public enum Classification: String, Sendable, Hashable, Codable, CaseIterable {
  /// May be published.
  case `public`
  /// For the organisation.
  case `internal`
  /// For named people.
  case confidential
}

/// The mandatory documents of ISO/IEC 27001 a controlled document can stand for (`mandatory`, R34).
public enum MandatoryDocument: String, Sendable, Hashable, Codable, CaseIterable {
  /// The ISMS scope (4.3).
  case scope
  /// The information security policy (5.2).
  case securityPolicy = "security-policy"
  /// The risk assessment process (6.1.2).
  case riskAssessmentProcess = "risk-assessment-process"
  /// The risk treatment process (6.1.3).
  case riskTreatmentProcess = "risk-treatment-process"
  /// The Statement of Applicability (6.1.3 d).
  case statementOfApplicability = "statement-of-applicability"
  /// The risk treatment plan (6.1.3 e–f).
  case riskTreatmentPlan = "risk-treatment-plan"
  /// The information security objectives (6.2).
  case objectives
  /// The audit programme (9.2.2).
  case auditProgramme = "audit-programme"

  /// The clause the document answers.
  public var clause: String {
    switch self {
    case .scope: return "4.3"
    case .securityPolicy: return "5.2"
    case .riskAssessmentProcess: return "6.1.2"
    case .riskTreatmentProcess: return "6.1.3"
    case .statementOfApplicability: return "6.1.3 d"
    case .riskTreatmentPlan: return "6.1.3 e–f"
    case .objectives: return "6.2"
    case .auditProgramme: return "9.2.2"
    }
  }
}

/// Whether an Annex A control applies (the SoA decision).
public enum Applicability: String, Sendable, Hashable, Codable, CaseIterable {
  /// Included in the SoA.
  case applicable
  /// Excluded, with a justification.
  case excluded
  /// Not decided yet: the SoA is unfinished.
  case undecided
}

/// How far an applicable control is implemented.
public enum Implementation: String, Sendable, Hashable, Codable, CaseIterable {
  /// Fully implemented.
  case implemented
  /// Partly implemented.
  case partial
  /// Planned.
  case planned
  /// Not implemented and not planned yet.
  case notImplemented = "not-implemented"
}

/// A risk treatment option (6.1.3 a).
public enum Treatment: String, Sendable, Hashable, Codable, CaseIterable {
  /// Reduce the risk with controls.
  case modify
  /// Keep the risk as it is.
  case retain
  /// Stop the activity.
  case avoid
  /// Transfer or share it (insurance, supplier).
  case share
}

/// The 9.3.2 inputs a final management review must cover, keyed as in `inputs`.
public enum ReviewInput: String, Sendable, Hashable, Codable, CaseIterable {
  /// a) status of actions from previous reviews.
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
  /// d4) fulfilment of objectives.
  case objectives
  /// e) feedback from interested parties.
  case interestedPartyFeedback = "interested_party_feedback"
  /// f) risk assessment results and risk treatment plan status.
  case riskAssessment = "risk_assessment"
  /// g) opportunities for continual improvement.
  case improvement

  /// The item of 9.3.2 the input answers.
  public var item: String {
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

/// The type of an audit.
public enum AuditType: String, Sendable, Hashable, Codable, CaseIterable {
  /// An internal audit (9.2).
  case `internal`
  /// Certification stage 1.
  case stage1
  /// Certification stage 2.
  case stage2
  /// A surveillance audit.
  case surveillance
  /// A recertification audit.
  case recertification
  /// A special audit (scope extension, short notice).
  case special

  /// Whether a certification body performs it.
  public var isExternal: Bool { self != .internal }
}

/// The grade of a finding.
public enum FindingGrade: String, Sendable, Hashable, Codable, CaseIterable {
  /// A major nonconformity.
  case major
  /// A minor nonconformity.
  case minor
  /// An observation.
  case observation
  /// An opportunity for improvement.
  case ofi

  /// Whether the grade is a nonconformity (needs requirement and evidence, R6).
  public var isNonconformity: Bool { self == .major || self == .minor }
}
