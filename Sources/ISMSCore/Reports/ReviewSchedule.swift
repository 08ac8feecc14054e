/// When each controlled document, risk, supplier and approved questionnaire answer is next due for
/// review.
public struct ReviewSchedule: Sendable, Hashable, Codable {
  /// One reviewable item and its next review day.
  public struct Item: Sendable, Hashable, Codable {
    /// The document id.
    public let id: String
    /// The kind.
    public let kind: DocumentKind
    /// The title, when written.
    @NullEncoded public var title: String?
    /// The file.
    public let path: String
    /// The owner's person id.
    @NullEncoded public var owner: String?
    /// The last review (for a risk, `assessed_on`).
    @NullEncoded public var lastReview: Day?
    /// The review interval in months that applies.
    public let intervalMonths: Int
    /// The next review day: `next_review`, else last review + interval; `nil` when neither is known.
    @NullEncoded public var due: Day?
    /// Whether `due` was written (`next_review`) rather than computed.
    public let explicit: Bool

    private enum CodingKeys: String, CodingKey {
      case id, kind, title, path, owner
      case lastReview = "last_review"
      case intervalMonths = "interval_months"
      case due, explicit
    }

    /// Days from `today` to `due` (negative when overdue), `nil` without a due day.
    public func days(from today: Day) -> Int? { due.map { today.days(until: $0) } }
  }

  /// Every item, sorted by due day (unknown last), then id.
  public let items: [Item]

  /// Builds the schedule of `isms`: approved controlled documents, open risks, all suppliers.
  public init(isms: ISMS) {
    items = isms.documents.compactMap { Self.item(for: $0, config: isms.config) }.sorted {
      switch ($0.due, $1.due) {
      case let (lhs?, rhs?) where lhs != rhs: return lhs < rhs
      case (nil, _?): return false
      case (_?, nil): return true
      default: return $0.id < $1.id
      }
    }
  }

  /// The items due on or before `today + days`, overdue ones included.
  public func due(within days: Int, of today: Day) -> [Item] {
    items.filter { item in item.due.map { $0 <= today.adding(days: days) } ?? false }
  }

  /// The schedule item for one document, or `nil` when the document is not reviewed on a cycle
  /// (records, controls, drafts, retired documents, closed risks).
  public static func item(for document: Document, config: ISMSConfig?) -> Item? {
    let interval: Int?
    let last: Day?
    let next: Day?
    let owner: String?
    switch document.content {
    case .controlled(let fields):
      guard fields.status == .approved else { return nil }
      (interval, last, next, owner) = (
        fields.reviewInterval, fields.lastReview, fields.nextReview, fields.owner
      )
    case .risk(let fields):
      guard fields.status != "closed" else { return nil }
      (interval, last, next, owner) = (
        fields.reviewInterval, fields.assessedOn, fields.nextReview, fields.owner
      )
    case .supplier(let fields):
      (interval, last, next, owner) = (
        fields.reviewInterval, fields.lastReview, fields.nextReview, fields.owner
      )
    case .answer(let fields):
      guard fields.status == .approved else { return nil }
      (interval, last, next, owner) = (
        fields.reviewInterval, fields.lastReview, fields.nextReview, fields.owner
      )
    default:
      return nil
    }
    let months = interval ?? config?.reviewInterval(for: document.kind) ?? ISMSConfig.defaultReviewInterval
    return Item(
      id: document.id, kind: document.kind, title: document.title, path: document.path, owner: owner,
      lastReview: last, intervalMonths: months, due: next ?? last?.adding(months: months),
      explicit: next != nil)
  }
}
