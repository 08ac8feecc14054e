/// The fields of a `risk` document.
public struct RiskEntry: Sendable, Hashable {
  /// The asset or process at risk.
  public let asset: String?
  /// The threat.
  public let threat: String?
  /// The vulnerability.
  public let vulnerability: String?
  /// The risk owner's person id.
  public let owner: String?
  /// Likelihood, 1…n.
  public let likelihood: Int?
  /// Impact, 1…n.
  public let impact: Int?
  /// The level as written.
  public let level: Int?
  /// The treatment option.
  public let treatment: Treatment?
  /// Treating controls.
  public let controls: [String]
  /// Likelihood after treatment.
  public let residualLikelihood: Int?
  /// Impact after treatment.
  public let residualImpact: Int?
  /// Who accepted the residual risk.
  public let acceptedBy: String?
  /// When it was accepted.
  public let acceptedOn: Day?
  /// When it was assessed.
  public let assessedOn: Day?
  /// Months between reviews, when set on the risk.
  public let reviewInterval: Int?
  /// The next planned review.
  public let nextReview: Day?
  /// Open or closed (open when absent).
  public let status: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    asset = reader.string("asset")
    threat = reader.string("threat")
    vulnerability = reader.string("vulnerability")
    owner = reader.string("owner")
    likelihood = reader.int("likelihood", in: NumberLimits.scalePoint)
    impact = reader.int("impact", in: NumberLimits.scalePoint)
    level = reader.int("level", in: NumberLimits.riskLevel)
    treatment = reader.value("treatment")
    controls = reader.strings("controls")
    residualLikelihood = reader.int("residual_likelihood", in: NumberLimits.scalePoint)
    residualImpact = reader.int("residual_impact", in: NumberLimits.scalePoint)
    acceptedBy = reader.string("accepted_by")
    acceptedOn = reader.day("accepted_on")
    assessedOn = reader.day("assessed_on")
    reviewInterval = reader.int("review_interval", in: NumberLimits.reviewMonths)
    nextReview = reader.day("next_review")
    status = reader.string("status")
  }

  /// Likelihood × impact before treatment.
  public var inherentLevel: Int? {
    guard let likelihood, let impact else { return nil }
    return likelihood * impact
  }

  /// Residual likelihood × residual impact; the inherent level when the risk is retained.
  public var residualLevel: Int? {
    if let residualLikelihood, let residualImpact { return residualLikelihood * residualImpact }
    return treatment == .retain ? inherentLevel : nil
  }

  /// Whether the residual risk has been accepted (by someone, on a day).
  public var isAccepted: Bool { acceptedBy != nil && acceptedOn != nil }
}
