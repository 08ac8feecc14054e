/// The fields of a `risk` document beside `id` and `kind`, in the schema's order: the one list that
/// the schema, ``RiskEntry``, the packet's risk register and `isms import risks` are made from.
///
/// A new risk field is one case here; the compiler then asks for its place in the register.
public enum RiskField: String, CaseIterable, Sendable {
  /// The risk's title.
  case title
  /// The asset or process at risk.
  case asset
  /// The threat.
  case threat
  /// The vulnerability.
  case vulnerability
  /// The risk owner.
  case owner
  /// Likelihood before treatment.
  case likelihood
  /// Impact before treatment.
  case impact
  /// The level as written.
  case level
  /// The treatment option.
  case treatment
  /// The treating controls.
  case controls
  /// Likelihood after treatment.
  case residualLikelihood = "residual_likelihood"
  /// Impact after treatment.
  case residualImpact = "residual_impact"
  /// Who accepted the residual risk.
  case acceptedBy = "accepted_by"
  /// When it was accepted.
  case acceptedOn = "accepted_on"
  /// When it was assessed.
  case assessedOn = "assessed_on"
  /// Months between reviews.
  case reviewInterval = "review_interval"
  /// The next planned review.
  case nextReview = "next_review"
  /// Open or closed.
  case status

  /// Its entry in the schema.
  public var spec: FieldSpec {
    switch self {
    case .title, .asset, .threat, .vulnerability: FieldSpec(rawValue, .text, required: true)
    case .owner: FieldSpec(rawValue, .text, required: true, reference: .person)
    case .likelihood, .impact: FieldSpec(rawValue, .integer(NumberLimits.scalePoint), required: true)
    case .level: FieldSpec(rawValue, .integer(NumberLimits.riskLevel))
    case .treatment: FieldSpec(rawValue, DocumentSchema.words(Treatment.self), required: true)
    case .controls: FieldSpec(rawValue, .list(.text), reference: .control)
    case .residualLikelihood, .residualImpact: FieldSpec(rawValue, .integer(NumberLimits.scalePoint))
    case .acceptedBy: FieldSpec(rawValue, .text, reference: .person)
    case .acceptedOn, .nextReview: FieldSpec(rawValue, .day)
    case .assessedOn: FieldSpec(rawValue, .day, required: true)
    case .reviewInterval: FieldSpec(rawValue, DocumentSchema.months)
    case .status: FieldSpec(rawValue, .choice(["open", "closed"]))
    }
  }

  /// Whether a column of an imported register may give it; the level is computed, and a new
  /// risk is open and reviewed on the risk method's interval.
  public var isImported: Bool {
    switch self {
    case .title, .asset, .threat, .vulnerability, .owner, .likelihood, .impact, .treatment, .controls,
      .residualLikelihood, .residualImpact, .acceptedBy, .acceptedOn, .assessedOn:
      true
    case .level, .reviewInterval, .nextReview, .status: false
    }
  }
}
