import Foundation

/// A document's whole history from git: versions, who changed what and when, reviews, approvals,
/// and which approval covers the current content.
public struct DocumentLog: Sendable, Encodable {
  /// One commit that changed the document.
  public struct Entry: Sendable, Encodable {
    /// The commit id.
    public let commit: String
    /// The author date, ISO 8601 with the author's offset.
    public let date: String
    /// The author's name.
    public let author: String
    /// The author's e-mail address.
    public let email: String
    /// The author's person id in `isms.yml`, when they are one.
    @NullEncoded public var person: String?
    /// The first line of the commit message.
    public let summary: String
    /// `created`, `edited`, `approval`, `review` or `deleted`.
    public let event: String
    /// The version after the commit.
    @NullEncoded public var version: String?
    /// The status after the commit.
    @NullEncoded public var status: String?
    /// The front-matter fields the commit changed (and `body`).
    public let changed: [String]
    /// Whether the commit changed the approved content (body or significant fields).
    public let contentChange: Bool
    /// The review outcome (`ISMS-Outcome`), for reviews.
    @NullEncoded public var outcome: String?

    private enum CodingKeys: String, CodingKey {
      case commit, date, author, email, person, summary, event, version, status, changed, outcome
      case contentChange = "content_change"
    }
  }

  /// The approval state of the current content.
  public struct Approval: Sendable, Encodable {
    /// The last approval commit, if any.
    @NullEncoded public var commit: String?
    /// The version it approved.
    @NullEncoded public var version: String?
    /// Who approved it (author of the approval commit, as a person id when known).
    @NullEncoded public var by: String?
    /// When.
    @NullEncoded public var on: Day?
    /// Whether it covers the current content.
    public let coversCurrent: Bool
    /// What changed since (significant fields and `body`).
    public let changedSince: [String]

    private enum CodingKeys: String, CodingKey {
      case commit, version, by, on
      case coversCurrent = "covers_current"
      case changedSince = "changed_since"
    }
  }

  /// The document id.
  public let id: String
  /// Its file, relative to the ISMS root.
  public let path: String
  /// The version now.
  @NullEncoded public var version: String?
  /// The status now.
  @NullEncoded public var status: String?
  /// Whether the working tree differs from the last commit.
  public let uncommittedChanges: Bool
  /// The approval state (controlled documents only).
  @NullEncoded public var approval: Approval?
  /// The commits, newest first.
  public let entries: [Entry]

  private enum CodingKeys: String, CodingKey {
    case id, path, version, status, approval, entries
    case uncommittedChanges = "uncommitted_changes"
  }

  /// Builds the log of `current` from its `history`, newest first.
  /// - Parameter uncommittedChanges: whether the working-tree file differs from the newest commit.
  public init(current: Document, history: [DocumentRevision], config: ISMSConfig?, uncommittedChanges: Bool) {
    self.init(
      current: current, history: history, config: config, uncommittedChanges: uncommittedChanges,
      entries: true)
  }

  /// The log of `current` without its entries (none are compared): what a summary of many
  /// documents keeps.
  public static func summary(current: Document, history: [DocumentRevision], config: ISMSConfig?)
    -> DocumentLog
  {
    DocumentLog(current: current, history: history, config: config, uncommittedChanges: false, entries: false)
  }

  private init(
    current: Document, history: [DocumentRevision], config: ISMSConfig?, uncommittedChanges: Bool,
    entries: Bool
  ) {
    id = current.id
    path = current.path
    version = current.controlled?.version
    status = current.fields.string("status")
    self.uncommittedChanges = uncommittedChanges
    self.entries =
      entries
      ? history.indices.map { index in
        let previous = index + 1 < history.count ? history[index + 1].document : nil
        return Self.entry(history[index], previous: previous, id: current.id, config: config)
      } : []
    guard current.kind.isControlled else {
      approval = nil
      return
    }
    let state = ApprovalStatus(current: current, history: history)
    approval = Approval(
      commit: state.approval?.commitID, version: state.approvedVersion,
      by: state.approval.map { config?.person(email: $0.author.email)?.id ?? $0.author.email },
      on: state.approval?.day, coversCurrent: state.coversCurrent,
      changedSince: state.approval == nil ? [] : state.changedSinceApproval)
  }

  private static func entry(
    _ revision: DocumentRevision, previous: Document?, id: String, config: ISMSConfig?
  )
    -> Entry
  {
    let document = revision.document
    let changed = changedFields(previous, document)
    // The significant content differs exactly when one side is missing or a significant field
    // (or the body) changed: the same answer as comparing ``SignificantContent``s, without
    // building them.
    let contentChange =
      (document == nil) != (previous == nil)
      || (document != nil
        && changed.contains { $0 == "body" || !SignificantContent.bookkeepingFields.contains($0) })
    let event: String
    if document == nil {
      event = "deleted"
    } else if revision.approves(id) {
      event = "approval"
    } else if revision.trailer(ReviewTrailer.review).contains(id) {
      event = "review"
    } else {
      event = previous == nil ? "created" : "edited"
    }
    return Entry(
      commit: revision.commitID, date: isoDate(revision), author: revision.author.name,
      email: revision.author.email,
      person: config?.person(email: revision.author.email)?.id, summary: revision.summary, event: event,
      version: document?.controlled?.version ?? document?.fields.string("version"),
      status: document?.fields.string("status"), changed: changed, contentChange: contentChange,
      outcome: revision.trailer(ReviewTrailer.outcome).first)
  }

  /// The top-level fields that differ (added, removed or changed), sorted, then `body`.
  /// A field counts as changed when its compact rendering (``YAMLNode/compactDescription``) differs.
  static func changedFields(_ old: Document?, _ new: Document?) -> [String] {
    var oldValues: [String: YAMLNode] = [:]
    var newValues: [String: YAMLNode] = [:]
    for entry in old?.frontMatter ?? [] { oldValues[entry.key] = entry.value }
    for entry in new?.frontMatter ?? [] { newValues[entry.key] = entry.value }
    var keys: [String] = []
    for (key, oldValue) in oldValues {
      guard let newValue = newValues[key] else {
        keys.append(key)
        continue
      }
      if !sameRendering(oldValue, newValue) { keys.append(key) }
    }
    for key in newValues.keys where oldValues[key] == nil { keys.append(key) }
    return keys.sorted() + (Document.sameBody(old, new) ? [] : ["body"])
  }

  /// Whether two nodes render to the same ``YAMLNode/compactDescription``. Most values did not
  /// change from one version to the next: nodes alike in everything but their lines render alike,
  /// so only nodes that differ are rendered, as the rendering may still agree (`[a, b]` is also
  /// the rendering of the plain scalar `a, b`).
  private static func sameRendering(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
    alikeButForLines(lhs, rhs) || lhs.compactDescription == rhs.compactDescription
  }

  private static func alikeButForLines(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
    switch (lhs, rhs) {
    case (.scalar(let left, let leftPlain, _), .scalar(let right, let rightPlain, _)):
      return leftPlain == rightPlain && left == right
    case (.sequence(let left, _), .sequence(let right, _)):
      return left.count == right.count && zip(left, right).allSatisfy { alikeButForLines($0, $1) }
    case (.mapping(let left, _), .mapping(let right, _)):
      return left.count == right.count
        && zip(left, right).allSatisfy { $0.key == $1.key && alikeButForLines($0.value, $1.value) }
    default:
      return false
    }
  }

  /// `2026-03-02T12:00:00+01:00`.
  static func isoDate(_ revision: DocumentRevision) -> String {
    let offset = revision.timeZoneOffsetMinutes
    let local = Int(revision.date.timeIntervalSince1970) + offset * 60
    let day = Day(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    let seconds = local - day.daysSinceEpoch * 86_400
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let zone =
      offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60)
    return "\(day)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))\(zone)"
  }
}
