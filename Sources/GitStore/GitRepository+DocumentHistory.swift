import Foundation
import ISMSCore

extension GitRepository {
  /// For each of `paths` (relative to `root`), the commits that changed it, newest first, each with
  /// the document as that commit left it (see ``revisions(of:root:from:limit:)``).
  ///
  /// One revision walk serves every path, and each distinct version of a file is read and parsed
  /// once, however many commits left it, and not at all when the history cache (enabled with the
  /// front-matter cache, see ``enableFrontMatterCache()``) holds it from an earlier run.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func documentHistories(of paths: [String], root: String = "", from revision: String = "HEAD")
    throws -> [String: [DocumentRevision]]
  {
    let revisions = try self.revisions(of: paths, root: root, from: revision)
    var versions: [DocumentVersionKey: Int] = [:]
    var keys: [DocumentVersionKey] = []
    for (path, list) in revisions {
      for revision in list {
        guard let blobID = revision.blobID else { continue }
        let key = DocumentVersionKey(path: path, blobID: blobID)
        if versions[key] == nil {
          versions[key] = keys.count
          keys.append(key)
        }
      }
    }
    // libgit2 reads on this thread; versions read before come from the history cache, when enabled.
    let documents = try DocumentText.readAll(
      versions: keys.map { (blobID: $0.blobID, path: $0.path) }, cache: historyCache,
      bytes: { try contents(ofBlob: $0) })
    var result: [String: [DocumentRevision]] = [:]
    for (path, list) in revisions {
      result[path] = list.map { revision in
        let index = revision.blobID.flatMap { versions[DocumentVersionKey(path: path, blobID: $0)] }
        return DocumentRevision(revision.commit, document: index.flatMap { documents[$0] })
      }
    }
    return result
  }
}

/// One version of one file: its path and blob.
private struct DocumentVersionKey: Hashable {
  let path: String
  let blobID: String
}

extension DocumentRevision {
  /// A revision from a commit and the document it left.
  public init(_ commit: CommitInfo, document: Document?) {
    self.init(
      commitID: commit.id, author: commit.author, date: commit.authorDate,
      timeZoneOffsetMinutes: commit.authorTimeZoneOffsetMinutes, summary: commit.summary,
      trailers: commit.trailers.map { (key: $0.key, value: $0.value) }, document: document)
  }
}
