/// The fields of an `answer` document: one reviewed answer of the security questionnaire library
/// (`answers/ANS-NNN.md`), which `isms questionnaire fill` matches customer questions against.
public struct AnswerEntry: Sendable, Hashable {
  /// The question as we ask it ourselves.
  public let question: String?
  /// The answer text given to customers.
  public let answer: String?
  /// Other wordings of the same question, matched exactly after normalisation.
  public let aliases: [String]
  /// Words that, found in a customer's question, point at this answer.
  public let keywords: [String]
  /// The Annex A controls the answer relies on.
  public let controls: [String]
  /// The documents that support the answer.
  public let documents: [String]
  /// The owner's person id.
  public let owner: String?
  /// Draft, approved or retired: only approved answers answer questionnaires.
  public let status: DocumentStatus?
  /// Who approved the current text.
  public let approvedBy: String?
  /// When.
  public let approvedOn: Day?
  /// The last review of the text.
  public let lastReview: Day?
  /// The next planned review.
  public let nextReview: Day?
  /// Months between reviews, when set on the answer.
  public let reviewInterval: Int?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    question = reader.string("question")
    answer = reader.string("answer")
    aliases = reader.strings("aliases")
    keywords = reader.strings("keywords")
    controls = reader.strings("controls")
    documents = reader.strings("documents")
    owner = reader.string("owner")
    status = reader.value("status")
    approvedBy = reader.string("approved_by")
    approvedOn = reader.day("approved_on")
    lastReview = reader.day("last_review")
    nextReview = reader.day("next_review")
    reviewInterval = reader.int("review_interval", in: NumberLimits.reviewMonths)
  }
}

extension Document {
  /// The answer fields, when a questionnaire answer.
  public var answer: AnswerEntry? {
    if case .answer(let value) = content { return value }
    return nil
  }
}
