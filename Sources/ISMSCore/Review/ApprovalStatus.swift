/// Whether the current content of a controlled document is covered by its last approval, and who
/// changed its content since.
///
/// The last approval is the newest commit with `ISMS-Approval: DOC`; it covers the content it left
/// (``SignificantContent``). A commit counts as a content change when the significant content differs
/// from the revision before it, so approval and review bookkeeping commits never make anyone an author.
public struct ApprovalStatus: Sendable {
  /// The last approval commit, if any.
  public let approval: DocumentRevision?
  /// The version the last approval approved.
  public let approvedVersion: String?
  /// Whether the current content is exactly the approved content.
  public let coversCurrent: Bool
  /// The significant fields (and `body`) that differ from the approved content.
  public let changedSinceApproval: [String]
  /// The commits that changed the content since the last approval (all of them when never approved),
  /// newest first.
  public let contentCommits: [DocumentRevision]
  /// The authors of those commits, plus whoever changed the working tree, without repeats. The
  /// commit that created the document with `isms init`'s template text
  /// (``DocumentRevision/isTemplateText``) makes nobody an author: its runner did not write it.
  public let contentAuthors: [Identity]

  /// Analyses `current` against its `history` (newest first, as `git log -- path` lists it).
  /// - Parameter uncommittedAuthor: who would commit the working-tree copy, when it differs from the
  ///   newest revision.
  public init(current: Document, history: [DocumentRevision], uncommittedAuthor: Identity? = nil) {
    let approvalIndex = history.firstIndex { $0.approves(current.id) && $0.document != nil }
    let approval = approvalIndex.map { history[$0] }
    self.approval = approval
    approvedVersion =
      approval?.trailer(ReviewTrailer.approvedVersion).first ?? approval?.document?.controlled?.version
    let now = SignificantContent(current)
    let approved = approval?.document.map(SignificantContent.init)
    changedSinceApproval = approved.map { now.differences(from: $0) } ?? now.differences(from: .empty)
    coversCurrent = approved == now
    var commits: [DocumentRevision] = []
    for index in 0..<(approvalIndex ?? history.count) {
      let after = history[index].document.map(SignificantContent.init)
      let before = index + 1 < history.count ? history[index + 1].document.map(SignificantContent.init) : nil
      if after != before { commits.append(history[index]) }
    }
    contentCommits = commits
    var authors: [Identity] = []
    let newest = history.first?.document.map(SignificantContent.init)
    if let uncommittedAuthor, newest != now { authors.append(uncommittedAuthor) }
    let template = history.last.flatMap { $0.isTemplateText ? $0.commitID : nil }
    for commit in commits
    where commit.commitID != template && !authors.contains(where: { Self.same($0, commit.author) }) {
      authors.append(commit.author)
    }
    contentAuthors = authors
  }

  /// Whether `person` is among ``contentAuthors`` (matched by e-mail address, ignoring case).
  public func isAuthor(_ person: Person) -> Bool {
    contentAuthors.contains { $0.email.lowercased() == person.email.lowercased() }
  }

  private static func same(_ lhs: Identity, _ rhs: Identity) -> Bool {
    lhs.email.lowercased() == rhs.email.lowercased()
  }
}

extension SignificantContent {
  /// No fields and no body: what a document is compared against before its first approval.
  static let empty = SignificantContent(fields: [:], body: Document.fingerprint(of: ""))

  private init(fields: [String: String], body: String) {
    self.fields = fields
    self.body = body
  }
}
