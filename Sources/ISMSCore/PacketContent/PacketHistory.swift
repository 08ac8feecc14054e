import Foundation

/// The commits that changed each file of a packet, and a way to read the versions they left.
///
/// A packet reads every version of every document it holds (tens of thousands at 10,000
/// documents), but its pages keep only what each document's history comes to (its log and its
/// approval, see ``PacketDocumentHistory``): the versions are read a batch of documents at a time
/// and let go, so that they are never all in memory at once.
public struct PacketHistory {
  /// The commits that changed each file, newest first, by path relative to the ISMS root; for
  /// every document in the packet and every path of ``PacketBaseline/changes`` and
  /// ``SOC2PeriodChanges/changes``. The documents they left need not be there (see ``versions``).
  public let commits: [String: [DocumentRevision]]
  /// The commits of each of the paths asked for, in the order asked, each with the document it
  /// left; called on one thread at a time.
  public let versions: ([String]) throws -> [[DocumentRevision]]

  /// A history whose versions are read by `versions`.
  public init(
    commits: [String: [DocumentRevision]], versions: @escaping ([String]) throws -> [[DocumentRevision]]
  ) {
    self.commits = commits
    self.versions = versions
  }

  /// A history held in memory, with the documents its commits left.
  public init(_ histories: [String: [DocumentRevision]]) {
    commits = histories
    versions = { paths in paths.map { histories[$0] ?? [] } }
  }

  /// No commits at all.
  public static var empty: PacketHistory { PacketHistory([:]) }
}

/// What a packet's pages need of one document's history: its log (`document-control.html`), its
/// approval state (the contents and its page) and what its page says of its last approval.
struct PacketDocumentHistory: Sendable {
  /// Every commit that changed the document, newest first, compared with the one before; `nil`
  /// once the pages that read it are made (``withoutLog()``).
  let log: DocumentLog?
  /// Whether its last approval covers its current content.
  let state: ApprovalState
  /// For a controlled document with a history, its page's line on its last approval.
  let approval: String?

  /// The history of every one of `documents` from `history`, by path: the versions of at most
  /// `batchSize` documents and `versionsPerBatch` versions at a time (one document's alone when it
  /// has more) are read, compared on all cores and let go. Both bounds matter: 10,000 documents
  /// have a few versions each, 100 documents with the same 20,000 commits two hundred each.
  /// - Throws: what ``PacketHistory/versions`` throws.
  static func read(
    _ documents: [Document], from history: PacketHistory, config: ISMSConfig?, batchSize: Int = 512,
    versionsPerBatch: Int = 2_048
  ) throws -> [String: PacketDocumentHistory] {
    var result: [String: PacketDocumentHistory] = [:]
    result.reserveCapacity(documents.count)
    var start = 0
    while start < documents.count {
      var end = start
      var versions = 0
      repeat {
        versions += history.commits[documents[end].path]?.count ?? 0
        end += 1
      } while end < documents.count && end - start < batchSize
        && versions + (history.commits[documents[end].path]?.count ?? 0) <= versionsPerBatch
      let batch = Array(documents[start..<end])
      start = end
      let read = try history.versions(batch.map(\.path))
      let made = ParallelMap.map(count: batch.count) { index in
        let document = batch[index]
        return PacketDocumentHistory(
          document, history: read[index], known: history.commits[document.path] != nil, config: config)
      }
      for (document, made) in zip(batch, made) { result[document.path] = made }
    }
    return result
  }

  /// The same history without its log.
  func withoutLog() -> PacketDocumentHistory {
    PacketDocumentHistory(log: nil, state: state, approval: approval)
  }

  private init(log: DocumentLog?, state: ApprovalState, approval: String?) {
    self.log = log
    self.state = state
    self.approval = approval
  }

  /// The history of `document` from its commits, newest first, with the versions they left;
  /// `known` when the packet's history has the document's path.
  init(_ document: Document, history: [DocumentRevision], known: Bool, config: ISMSConfig?) {
    log = DocumentLog(current: document, history: history, config: config, uncommittedChanges: false)
    state = ApprovalState(document, history: history)
    guard document.kind.isControlled, known else {
      approval = nil
      return
    }
    let status = ApprovalStatus(current: document, history: history)
    var text = "no approval recorded in git (no ISMS-Approval commit)"
    if let approval = status.approval {
      let who = config?.person(email: approval.author.email)?.name ?? approval.author.name
      text =
        "version \(status.approvedVersion ?? "?") approved by \(who) on \(approval.day) in commit \(approval.shortID)"
      text +=
        status.coversCurrent
        ? "; covers the current content"
        : "; the content changed since: \(status.changedSinceApproval.joined(separator: ", "))"
    }
    approval = text
  }
}
