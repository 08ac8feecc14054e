/// The fields of a `supplier-review` document (`records/supplier-reviews/SRV-NNN.md`): one
/// assessment of a supplier with our questionnaire, what it found and what was decided.
public struct SupplierReviewRecord: Sendable, Hashable {
  /// What the review decided.
  public enum Decision: String, Sendable, Hashable, CaseIterable {
    /// Keep (or start) using the supplier.
    case approve
    /// Keep using it on the conditions written in `conditions`.
    case approveWithConditions = "approve-with-conditions"
    /// Stop (or do not start) using it.
    case reject
  }

  /// The supplier's id.
  public let supplier: String?
  /// The day of the review.
  public let date: Day?
  /// The reviewer's person id.
  public let reviewer: String?
  /// The questionnaire used: the id of a controlled document.
  public let questionnaire: String?
  /// The questionnaire's version used.
  public let questionnaireVersion: String?
  /// The answers received, summarised.
  public let answers: String?
  /// The findings.
  public let findings: [String]
  /// The decision.
  public let decision: Decision?
  /// The conditions of an `approve-with-conditions` decision.
  public let conditions: [String]
  /// The assurance records considered.
  public let assurance: [String]
  /// The next review day.
  public let nextReview: Day?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    supplier = reader.string("supplier")
    date = reader.day("date")
    reviewer = reader.string("reviewer")
    questionnaire = reader.string("questionnaire")
    questionnaireVersion = reader.string("questionnaire_version")
    answers = reader.string("answers")
    findings = reader.strings("findings")
    decision = reader.value("decision")
    conditions = reader.strings("conditions")
    assurance = reader.strings("assurance")
    nextReview = reader.day("next_review")
  }
}
