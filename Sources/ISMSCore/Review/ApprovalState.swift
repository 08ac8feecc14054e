/// What a controlled document's approval covers, read from its front matter and its history: the
/// one answer `status`, `review due`, `soa`, the packet's contents and every document page give.
///
/// A document says `approved` only when its last approval (`ISMS-Approval` commit) covers its
/// current content (``ApprovalStatus/coversCurrent``). A document whose front matter says
/// `approved` but whose content changed since its last approval is `changedSinceApproval`, awaiting
/// approval. A document with no approval commit in its history (approved before it came into this
/// repository, or a history written without `isms`) keeps the word of its front matter.
public enum ApprovalState: Sendable, Hashable {
  /// The last approval, of this version, covers the current content.
  case approved(version: String?)
  /// The front matter says approved, but the content changed since the approval of this version.
  case changedSinceApproval(version: String?)
  /// The status as written, for every other state (`draft`, `in_review`, `retired`, none).
  case other(status: String?)

  /// The state of `document` (a controlled document; others are `.other` with their status) given
  /// its `history`, newest first.
  public init(_ document: Document, history: [DocumentRevision]) {
    guard let fields = document.controlled, fields.status == .approved else {
      self = .other(status: document.fields.string("status"))
      return
    }
    guard history.contains(where: { $0.approves(document.id) && $0.document != nil }) else {
      self = .approved(version: fields.version)
      return
    }
    let status = ApprovalStatus(current: document, history: history)
    self =
      status.coversCurrent
      ? .approved(version: status.approvedVersion) : .changedSinceApproval(version: status.approvedVersion)
  }

  /// Whether the current content is approved.
  public var isApproved: Bool {
    if case .approved = self { return true }
    return false
  }

  /// Whether the document waits for an approval of its current content.
  public var awaitsApproval: Bool {
    switch self {
    case .approved: return false
    case .changedSinceApproval: return true
    case .other(let status): return status == "draft" || status == "in_review"
    }
  }

  /// `approved`, `changed since approval v1.0`, or the status as written.
  public var label: String? {
    switch self {
    case .approved: return "approved"
    case .changedSinceApproval(let version): return "changed since approval v\(version ?? "?")"
    case .other(let status): return status
    }
  }

  /// The key counts group by: `approved`, `changed_since_approval`, or the status as written.
  public var key: String? {
    if case .changedSinceApproval = self { return "changed_since_approval" }
    return label
  }
}
