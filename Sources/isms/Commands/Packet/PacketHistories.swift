import Foundation
import GitStore
import ISMSCore

/// Reads document histories and changes from git for a packet.
enum PacketHistories {
  /// The commits that changed each path, newest first; one walk over the history serves every
  /// path, and what was walked is cached for the next packet. The versions they left are read when
  /// the packet asks for them, a batch of documents at a time.
  static func read(
    _ paths: [String], repository: GitRepository, root: String, from commit: String
  ) throws -> PacketHistory {
    Console.progress("Reading the history of \(paths.count) files…")
    let walked = try repository.pathHistories(of: paths, root: root, from: commit, cached: true)
    return PacketHistory(commits: walked) { paths in try repository.documentHistories(of: paths, in: walked) }
  }

  /// The files that differ between `base` (nothing when `nil`) and `head`, with the document each
  /// was at `base`.
  static func changes(
    from base: String?, to head: String, repository: GitRepository, root: String
  ) throws -> [PacketChange] {
    guard let base else {
      return try repository.snapshot(at: head, root: root).entries.map {
        PacketChange(status: .added, path: $0.path, before: nil)
      }
    }
    let changes = try repository.changes(from: base, to: head, root: root)
    // Each file's version at `base` is its old blob, read through the cache of versions.
    var befores: [(blobID: String, path: String)] = []
    for change in changes where change.status != .added {
      guard let blobID = change.oldBlobID else { continue }
      befores.append((blobID, change.oldPath ?? change.path))
    }
    let documents = try repository.documents(ofBlobs: befores)
    var next = 0
    return changes.map { change in
      var before: Document?
      if change.status != .added, change.oldBlobID != nil {
        before = documents[next]
        next += 1
      }
      let status: PacketChange.Status =
        switch change.status {
        case .added: .added
        case .modified: .changed
        case .deleted: .removed
        case .renamed: .renamed
        }
      return PacketChange(status: status, path: change.path, oldPath: change.oldPath, before: before)
    }
  }
}
