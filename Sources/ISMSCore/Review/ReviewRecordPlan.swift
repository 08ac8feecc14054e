import Foundation

/// The outcome of a periodic review (d4 `due_for_review →`).
public enum ReviewOutcome: String, Sendable, Hashable, Codable, CaseIterable {
  /// "Reviewed, no change": the next review moves forward, the version stays (d4 `→ published`).
  case unchanged
  /// The review found the document needs revision: a controlled document goes back to draft (d4 `→ draft`).
  case revised
}

/// What `isms review record` writes for a controlled document, risk or supplier.
///
/// A controlled document is reviewed by its owner, a holder of its approver role, the CISO or the
/// ISMS manager; a risk or supplier by its owner, the CISO or the ISMS manager (R38). `unchanged`
/// needs an approved document whose last recorded approval still covers its content; it sets
/// `last_review` (`assessed_on` for a risk) to today and `next_review` to today plus the interval.
/// `revised` on a controlled document sets `last_review` and `status: draft`, so the revision is
/// approved anew; on a risk or supplier it moves the dates like `unchanged`.
public struct ReviewRecordPlan: Sendable {
  /// The document with its review fields set.
  public let text: String
  /// The commit message with `ISMS-Review` and `ISMS-Outcome` trailers.
  public let message: String
  /// The next review day, when the review set one.
  public let nextReview: Day?

  /// Checks who reviews and what, and prepares the edit.
  /// - Parameter approval: the approval state, for controlled documents.
  /// - Throws: ``ReviewRefusal`` or ``FrontMatterEditError``.
  public init(
    document: Document, text: String, reviewer: Person, outcome: ReviewOutcome, note: String?,
    config: ISMSConfig?, approval: ApprovalStatus?, today: Day
  ) throws {
    let id = document.id
    let owner: String?
    switch document.content {
    case .controlled(let fields): owner = fields.owner
    case .risk(let fields): owner = fields.owner
    case .supplier(let fields): owner = fields.owner
    default:
      throw ReviewRefusal(
        "R38",
        "\(id) is a \(document.kind.rawValue); only policies, procedures, plans, risks and suppliers are reviewed"
      )
    }
    let approverRole = ApprovalRules.requiredRole(for: document)
    let entitled =
      reviewer.id == owner || reviewer.holds(.ciso) || reviewer.holds(.ismsManager)
      || approverRole.map(reviewer.holds) == true
    guard entitled else {
      let role = approverRole.map { ", a holder of \($0.rawValue)" } ?? ""
      throw ReviewRefusal(
        "R38",
        "\(id) is reviewed by its owner (\(owner ?? "none"))\(role), the ciso or the isms-manager; "
          + ApprovalRules.describeRoles(of: reviewer))
    }
    let next = today.adding(months: ApprovalRules.interval(for: document, config: config))
    var edits: [FrontMatterEdit]
    var version: String?
    if let fields = document.controlled {
      version = fields.version
      try Self.checkControlled(document, fields, outcome: outcome, approval: approval)
      edits = [.set("last_review", .day(today))]
      edits.append(outcome == .unchanged ? .set("next_review", .day(next)) : .set("status", .string("draft")))
    } else {
      edits = [
        .set(document.kind == .risk ? "assessed_on" : "last_review", .day(today)),
        .set("next_review", .day(next)),
      ]
    }
    self.text = try FrontMatterEditor.apply(edits, to: text)
    self.nextReview = outcome == .unchanged || document.controlled == nil ? next : nil
    let what = nextReview.map { "next review \($0)" } ?? "back to draft for revision"
    let noteBlock = note.map { "\n\($0.trimmingCharacters(in: .whitespacesAndNewlines))\n" } ?? ""
    let versionTrailer = version.map { "\n\(ReviewTrailer.reviewedVersion): \($0)" } ?? ""
    self.message = """
      Review \(id): \(outcome.rawValue), \(what)
      \(noteBlock)
      \(ReviewTrailer.review): \(id)
      \(ReviewTrailer.outcome): \(outcome.rawValue)\(versionTrailer)

      """
  }

  private static func checkControlled(
    _ document: Document, _ fields: ControlledDocument, outcome: ReviewOutcome, approval: ApprovalStatus?
  ) throws {
    let id = document.id
    if fields.status == .retired {
      throw ReviewRefusal("d4", "\(id) is retired and read-only; it is not reviewed")
    }
    guard outcome == .unchanged else { return }
    guard fields.status == .approved else {
      throw ReviewRefusal(
        "d4",
        "\(id) is \(fields.status?.rawValue ?? "without status"); only an approved document is reviewed "
          + "unchanged: approve it with 'isms review approve', or record --outcome revised")
    }
    if let approval, approval.approval != nil, !approval.coversCurrent {
      throw ReviewRefusal(
        "d4",
        "\(id) changed since its last approval (\(approval.changedSinceApproval.joined(separator: ", "))), "
          + "so it is not unchanged: record --outcome revised, or approve the new content")
    }
  }
}
