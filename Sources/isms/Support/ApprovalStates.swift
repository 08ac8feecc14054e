import Foundation
import GitStore
import ISMSCore

/// The approval state of the ISMS's controlled documents, read from git for the commands that
/// report it (`status`, `review due`, `soa`).
enum ApprovalStates {
  /// The ``ApprovalState`` of every controlled document whose front matter says `approved`, by id,
  /// from the history of `--rev` (or HEAD); the others need no history to state theirs.
  static func read(_ isms: ISMS, snapshot: any Snapshot, context: ISMSContext) throws -> [String:
    ApprovalState]
  {
    let approved = isms.documents.filter { $0.kind.isControlled && $0.controlled?.status == .approved }
    guard !approved.isEmpty else { return [:] }
    let histories: [String: [DocumentRevision]]
    do {
      histories = try context.repository.documentHistories(
        of: approved.map(\.path), root: context.rootInRepository, from: context.revision ?? "HEAD",
        cached: true)
    } catch GitError.unbornHead {
      return [:]
    }
    var states: [String: ApprovalState] = [:]
    for document in approved {
      // Commands that load front matter only compare the full text, body included.
      let full = DocumentText.read(try snapshot.contents(of: document.path), path: document.path) ?? document
      states[document.id] = ApprovalState(full, history: histories[document.path] ?? [])
    }
    return states
  }
}
