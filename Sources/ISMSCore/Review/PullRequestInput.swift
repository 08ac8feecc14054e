import Foundation

/// One file a pull request changes, with both versions' bytes and the documents they hold (paths
/// relative to the ISMS root).
public struct ChangedFile: Sendable {
  /// How the file changed (also how git reports a path's change between two revisions).
  public enum Status: String, Sendable, Hashable, Codable {
    /// New in the head.
    case added
    /// Changed in place.
    case modified
    /// Gone from the head.
    case deleted
    /// Moved from ``ChangedFile/oldPath``, possibly edited.
    case renamed
  }

  /// How the file changed.
  public let status: Status
  /// The path in the head (the old path for deletions).
  public let path: String
  /// The path in the base, for renames.
  public let oldPath: String?
  /// The base bytes, `nil` when added.
  public let old: Data?
  /// The head bytes, `nil` when deleted.
  public let new: Data?
  /// The document ``old`` holds, as ``DocumentText/read(_:path:)`` reads it at the base path.
  public let oldDocument: Document?
  /// The document ``new`` holds, as ``DocumentText/read(_:path:)`` reads it at ``path``.
  public let newDocument: Document?

  /// Creates a changed file, reading each version's document once for every rule that looks at it.
  public init(status: Status, path: String, oldPath: String? = nil, old: Data?, new: Data?) {
    self.status = status
    self.path = path
    self.oldPath = oldPath
    self.old = old
    self.new = new
    oldDocument = DocumentText.read(old, path: oldPath ?? path)
    newDocument = DocumentText.read(new, path: path)
  }
}

/// A commit of the pull request that approves a document (`ISMS-Approval`), with the document as
/// it approved it.
public struct BranchApproval: Sendable {
  /// The commit id.
  public let commitID: String
  /// The approver (the commit's author).
  public let approver: Identity
  /// The document id approved.
  public let id: String
  /// The document as the approval commit left it.
  public let document: Document?
  /// Who made the approval commit (its committer).
  public let committer: Identity
  /// The commit's `ISMS-Recorded-Decision` trailer: the approval was taken elsewhere and recorded.
  public let recordedDecision: String?

  /// Creates a branch approval; `committer` defaults to the approver.
  public init(
    commitID: String, approver: Identity, id: String, document: Document?, committer: Identity? = nil,
    recordedDecision: String? = nil
  ) {
    self.commitID = commitID
    self.approver = approver
    self.id = id
    self.document = document
    self.committer = committer ?? approver
    self.recordedDecision = recordedDecision
  }
}

/// Everything `review pr` judges: the changed files, the head ISMS and its validation
/// (``PullRequestValidation``), and who wrote the change.
public struct PullRequestInput: Sendable {
  /// The changed files, sorted by path.
  public let files: [ChangedFile]
  /// The head ISMS: whole, or at least the changed documents and those the rules connect them to
  /// (other holders of their ids, documents pointing to a changed control, approved ids).
  public let head: ISMS
  /// The head's diagnostics: all, or at least those in changed files and on `isms.yml`.
  public let headDiagnostics: [Diagnostic]
  /// The base's diagnostics against `isms.yml` (ISMS-wide), to report only new ones; empty when
  /// the head has no ISMS-wide error (the base is then not validated).
  public let baseWideDiagnostics: [Diagnostic]
  /// The authors of the pull request's commits.
  public let authors: [Identity]
  /// Approval commits in the pull request, newest first.
  public let approvals: [BranchApproval]

  /// Creates the input.
  public init(
    files: [ChangedFile], head: ISMS, headDiagnostics: [Diagnostic], baseWideDiagnostics: [Diagnostic],
    authors: [Identity], approvals: [BranchApproval]
  ) {
    self.files = files
    self.head = head
    self.headDiagnostics = headDiagnostics
    self.baseWideDiagnostics = baseWideDiagnostics
    self.authors = authors
    self.approvals = approvals
  }
}
