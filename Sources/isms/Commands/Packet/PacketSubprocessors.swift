import Foundation
import GitStore
import ISMSCore

/// Reads the changes of the customer subprocessor list from the git history of `suppliers/`.
enum PacketSubprocessors {
  /// The folder whose direct `.md` files are the suppliers.
  static let folder = "suppliers"

  /// Every change of the subprocessor list up to `commit`, oldest first: the commits that changed
  /// `suppliers/` (one path-limited walk), each diffed against the previous such commit (its
  /// parent for the first), and each supplier file compared before and after. The same commit
  /// gives the same list on every run.
  static func read(repository: GitRepository, root: String, from commit: String) throws
    -> [SubprocessorChange]
  {
    let revisions = try repository.revisions(of: [folder], root: root, from: commit)[folder] ?? []
    var previous: String?
    var result: [SubprocessorChange] = []
    for revision in revisions.reversed() {
      let head = revision.commit
      let base = previous ?? head.parentIDs.first
      previous = head.id
      let changes = try supplierChanges(from: base, to: head.id, repository: repository, root: root)
      let blobs = changes.flatMap { [$0.old, $0.new] }.compactMap { $0 }
      let documents = try repository.documents(ofBlobs: blobs)
      var byBlob: [String: Document] = [:]
      for (blob, document) in zip(blobs, documents) { byBlob[blob.blobID] = document }
      let day = PacketTimestamp(unixTime: Int64(head.committerDate.timeIntervalSince1970)).day
      for change in changes {
        if let found = SubprocessorChange.between(
          change.old.flatMap { byBlob[$0.blobID] }, change.new.flatMap { byBlob[$0.blobID] }, day: day,
          commit: head.id)
        {
          result.append(found)
        }
      }
    }
    return result
  }

  /// The supplier files (direct `.md` children of `suppliers/`) that differ between `base`
  /// (nothing when `nil`) and `head`, with their blobs on each side.
  private static func supplierChanges(
    from base: String?, to head: String, repository: GitRepository, root: String
  ) throws -> [(old: (blobID: String, path: String)?, new: (blobID: String, path: String)?)] {
    func isSupplier(_ path: String) -> Bool {
      let parts = path.split(separator: "/")
      return parts.count == 2 && parts[0] == folder && path.hasSuffix(".md")
    }
    guard let base else {
      return try repository.snapshot(at: head, root: root).entries.compactMap { entry in
        guard isSupplier(entry.path), let blobID = entry.blobID else { return nil }
        return (old: nil, new: (blobID: blobID, path: entry.path))
      }
    }
    return try repository.changes(from: base, to: head, root: root).compactMap { change in
      let oldPath = change.oldPath ?? change.path
      let old = change.oldBlobID.flatMap { isSupplier(oldPath) ? (blobID: $0, path: oldPath) : nil }
      let new = change.newBlobID.flatMap { isSupplier(change.path) ? (blobID: $0, path: change.path) : nil }
      return old == nil && new == nil ? nil : (old: old, new: new)
    }
  }
}
