import Foundation

/// One commit that changed a document, with the document as that commit left it.
public struct DocumentRevision: Sendable {
  /// The commit id (40 hex digits).
  public let commitID: String
  /// The commit's author.
  public let author: Identity
  /// The author date.
  public let date: Date
  /// The author's time zone, minutes east of UTC.
  public let timeZoneOffsetMinutes: Int
  /// The first line of the message.
  public let summary: String
  /// The message trailers as (key, value) pairs, in order.
  public let trailers: [(key: String, value: String)]
  /// The document at this commit; `nil` when the commit deleted it or it could not be read.
  public let document: Document?

  /// Creates a revision.
  public init(
    commitID: String, author: Identity, date: Date, timeZoneOffsetMinutes: Int, summary: String,
    trailers: [(key: String, value: String)], document: Document?
  ) {
    self.commitID = commitID
    self.author = author
    self.date = date
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    self.summary = summary
    self.trailers = trailers
    self.document = document
  }

  /// The first 7 digits of the commit id.
  public var shortID: String { String(commitID.prefix(7)) }

  /// The values of trailer `key`, ignoring case as git does.
  public func trailer(_ key: String) -> [String] {
    trailers.filter { $0.key.caseInsensitiveCompare(key) == .orderedSame }.map(\.value)
  }

  /// Whether this commit is `isms init`'s, which writes template text in the runner's name: for
  /// segregation of duties that text has no author (``ApprovalStatus/contentAuthors``).
  public var isTemplateText: Bool { trailer(ReviewTrailer.event).contains(ReviewTrailer.initEvent) }

  /// Whether this commit is an `isms review approve` of document `id`.
  public func approves(_ id: String) -> Bool { trailer(ReviewTrailer.approval).contains(id) }

  /// The author's calendar day, in the author's time zone.
  public var day: Day {
    let seconds = Int(date.timeIntervalSince1970) + timeZoneOffsetMinutes * 60
    return Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
  }
}

/// The trailer keys `isms review` writes and reads.
public enum ReviewTrailer {
  /// `ISMS-Approval: DOC`: the commit approves the document's content.
  public static let approval = "ISMS-Approval"
  /// `ISMS-Approved-Version: X.Y`: the version approved.
  public static let approvedVersion = "ISMS-Approved-Version"
  /// `ISMS-Review: DOC`: the commit records a periodic review.
  public static let review = "ISMS-Review"
  /// `ISMS-Outcome: unchanged|revised`: the review's outcome.
  public static let outcome = "ISMS-Outcome"
  /// `ISMS-Reviewed-Version: X.Y`: the version reviewed.
  public static let reviewedVersion = "ISMS-Reviewed-Version"
  /// `ISMS-Recorded-Decision: REF`: the commit records a decision its author took elsewhere
  /// (minutes, ticket, e-mail), made by someone else.
  public static let recordedDecision = "ISMS-Recorded-Decision"
  /// `ISMS-Event: EVENT`: what the commit records (`init`, or a workflow event).
  public static let event = "ISMS-Event"
  /// The `ISMS-Event` of `isms init`'s commit.
  public static let initEvent = "init"
}
