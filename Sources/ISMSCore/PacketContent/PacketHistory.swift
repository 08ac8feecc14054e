import Foundation

/// The commits that changed each file of a packet, and a way to read the versions they left.
///
/// A packet reads every version of every document it holds (tens of thousands at 10,000
/// documents), but keeps only what each document's history comes to (its approval and its log's
/// summary, see ``PacketDocumentHistory``): the versions are read a batch of documents at a time
/// and let go, so that they are never all in memory at once, and read again for the document
/// control log (``PacketLogReader``).
public struct PacketHistory {
  /// The commits that changed each file, newest first, by path relative to the ISMS root; for
  /// every document in the packet and every path of ``PacketBaseline/changes`` and
  /// ``SOC2PeriodChanges/changes``. The documents they left need not be there (see ``versions``).
  public let commits: PathHistories
  /// The commits of each of the paths asked for, in the order asked, each with the document it
  /// left; called on one thread at a time.
  public let versions: ([String]) throws -> [[DocumentRevision]]

  /// A history whose versions are read by `versions`.
  public init(
    commits: PathHistories, versions: @escaping ([String]) throws -> [[DocumentRevision]]
  ) {
    self.commits = commits
    self.versions = versions
  }

  /// A history held in memory, with the documents its commits left.
  public init(_ histories: [String: [DocumentRevision]]) {
    commits = PathHistories(histories)
    versions = { paths in paths.map { histories[$0] ?? [] } }
  }

  /// No commits at all.
  public static var empty: PacketHistory { PacketHistory([:]) }
}

/// What a packet's pages keep of one document's history: its approval state (the contents and its
/// page), what its page says of its last approval, and its log's summary (`document-control.html`).
/// The log's entries are not kept: ``PacketLogReader`` reads them again when the page comes.
struct PacketDocumentHistory: Sendable {
  /// For a controlled document, its log without its entries
  /// (``DocumentLog/summary(current:history:config:)``), the row of the page's summary table.
  let summary: DocumentLog?
  /// The number of commits in its log.
  let commitCount: Int
  /// Whether its last approval covers its current content.
  let state: ApprovalState
  /// For a controlled document with a history, its page's line on its last approval.
  let approval: String?

  /// The history of every one of `documents` from `history`, by path, read a batch at a time
  /// (see ``batches(of:in:batchSize:versionsPerBatch:)``) and compared on all cores.
  /// - Throws: what ``PacketHistory/versions`` throws.
  static func read(
    _ documents: [Document], from history: PacketHistory, config: ISMSConfig?, batchSize: Int = 512,
    versionsPerBatch: Int = 2_048
  ) throws -> [String: PacketDocumentHistory] {
    var result: [String: PacketDocumentHistory] = [:]
    result.reserveCapacity(documents.count)
    for range in batches(of: documents, in: history, batchSize: batchSize, versionsPerBatch: versionsPerBatch)
    {
      let batch = Array(documents[range])
      let read = try history.versions(batch.map(\.path))
      let made = ParallelMap.map(count: batch.count) { index in
        let document = batch[index]
        return PacketDocumentHistory(
          document, history: read[index], known: history.commits.changes[document.path] != nil, config: config
        )
      }
      for (document, made) in zip(batch, made) { result[document.path] = made }
    }
    return result
  }

  /// `documents` cut into runs whose versions are read together: at most `batchSize` documents and
  /// `versionsPerBatch` versions (one document's alone when it has more). Both bounds matter:
  /// 10,000 documents have a few versions each, 100 documents with the same 20,000 commits two
  /// hundred each.
  static func batches(
    of documents: [Document], in history: PacketHistory, batchSize: Int = 512, versionsPerBatch: Int = 2_048
  ) -> [Range<Int>] {
    var batches: [Range<Int>] = []
    var start = 0
    while start < documents.count {
      var end = start
      var versions = 0
      repeat {
        versions += history.commits.changes[documents[end].path]?.count ?? 0
        end += 1
      } while end < documents.count && end - start < batchSize
        && versions + (history.commits.changes[documents[end].path]?.count ?? 0) <= versionsPerBatch
      batches.append(start..<end)
      start = end
    }
    return batches
  }

  /// The history of `document` from its commits, newest first, with the versions they left;
  /// `known` when the packet's history has the document's path.
  init(_ document: Document, history: [DocumentRevision], known: Bool, config: ISMSConfig?) {
    summary =
      document.kind.isControlled
      ? DocumentLog.summary(current: document, history: history, config: config) : nil
    commitCount = history.count
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

/// The logs of documents, read again from their history a batch at a time as a page goes through
/// them: a packet never holds every version of every document at once.
///
/// Reading in the order given costs one read of each batch; another order reads again what it
/// needs. Used by one thread at a time.
final class PacketLogReader {
  private let documents: [Document]
  private let history: PacketHistory
  private let config: ISMSConfig?
  private let batches: [Range<Int>]
  private var loaded: Range<Int> = 0..<0
  private var logs: [DocumentLog] = []
  /// The first error reading versions; the logs asked for after it are empty.
  private(set) var failure: (any Error)?

  /// A reader of the logs of `documents`, in that order.
  init(_ documents: [Document], history: PacketHistory, config: ISMSConfig?) {
    self.documents = documents
    self.history = history
    self.config = config
    batches = PacketDocumentHistory.batches(of: documents, in: history)
  }

  /// The log of the document at `index`.
  func log(at index: Int) -> DocumentLog {
    if !loaded.contains(index), failure == nil,
      let batch = batches.first(where: { $0.contains(index) })
    {
      do {
        let read = try history.versions(documents[batch].map(\.path))
        logs = ParallelMap.map(count: batch.count) { offset in
          DocumentLog(
            current: documents[batch.lowerBound + offset], history: read[offset], config: config,
            uncommittedChanges: false)
        }
        loaded = batch
      } catch {
        failure = error
      }
    }
    guard loaded.contains(index) else {
      return DocumentLog(current: documents[index], history: [], config: config, uncommittedChanges: false)
    }
    return logs[index - loaded.lowerBound]
  }
}
