/// The fields of a `policy`, `procedure` or `plan`.
public struct ControlledDocument: Sendable, Hashable {
  /// `MAJOR.MINOR`.
  public let version: String?
  /// Draft, approved or retired.
  public let status: DocumentStatus?
  /// The owner's person id.
  public let owner: String?
  /// The role whose holder approves.
  public let approverRole: Role?
  /// Public, internal or confidential.
  public let classification: Classification?
  /// Months between reviews, when set on the document.
  public let reviewInterval: Int?
  /// The last review.
  public let lastReview: Day?
  /// The next planned review.
  public let nextReview: Day?
  /// When the current version took effect.
  public let effective: Day?
  /// Who approved it (person id).
  public let approvedBy: String?
  /// When it was approved.
  public let approvedOn: Day?
  /// The mandatory documents it stands for.
  public let mandatory: [MandatoryDocument]
  /// Clauses addressed.
  public let clauses: [String]
  /// Annex A controls addressed.
  public let controls: [String]
  /// Why it was retired.
  public let retiredReason: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    version = reader.string("version")
    status = reader.value("status")
    owner = reader.string("owner")
    approverRole = reader.value("approver_role")
    classification = reader.value("classification")
    reviewInterval = reader.int("review_interval", in: NumberLimits.reviewMonths)
    lastReview = reader.day("last_review")
    nextReview = reader.day("next_review")
    effective = reader.day("effective")
    approvedBy = reader.string("approved_by")
    approvedOn = reader.day("approved_on")
    mandatory = reader.strings("mandatory").compactMap(MandatoryDocument.init(rawValue:))
    clauses = reader.strings("clauses")
    controls = reader.strings("controls")
    retiredReason = reader.string("retired_reason")
  }
}
