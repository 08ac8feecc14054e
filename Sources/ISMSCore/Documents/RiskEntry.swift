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
    func text(_ field: RiskField) -> String? { reader.string(field.rawValue) }
    func number(_ field: RiskField) -> Int? {
      guard case .integer(let range) = field.spec.type else { return nil }
      return reader.int(field.rawValue, in: range)
    }
    func day(_ field: RiskField) -> Day? { reader.day(field.rawValue) }
    asset = text(.asset)
    threat = text(.threat)
    vulnerability = text(.vulnerability)
    owner = text(.owner)
    likelihood = number(.likelihood)
    impact = number(.impact)
    level = number(.level)
    treatment = reader.value(RiskField.treatment.rawValue)
    controls = reader.strings(RiskField.controls.rawValue)
    residualLikelihood = number(.residualLikelihood)
    residualImpact = number(.residualImpact)
    acceptedBy = text(.acceptedBy)
    acceptedOn = day(.acceptedOn)
    assessedOn = day(.assessedOn)
    reviewInterval = number(.reviewInterval)
    nextReview = day(.nextReview)
    status = text(.status)
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
