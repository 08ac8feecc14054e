import Foundation
import ISMSCore

extension GitRepository {
  /// For each of `paths` (relative to `root`), the commits that changed it, newest first, each with
  /// the document as that commit left it (see ``revisions(of:root:from:limit:)``).
  ///
  /// One revision walk serves every path, and each distinct version of a file is read and parsed
  /// once, however many commits left it, and not at all when the cache of versions (enabled with
  /// the front-matter cache, see ``enableFrontMatterCache()`` and ``DocumentVersions``) holds it
  /// from an earlier run.
  /// - Parameter cached: when caching is on, take the commits from the history cache of the commit
  ///   (``HistoryCache``), and record them when walked. Worth it for commands that read the
  ///   history of most documents (packets); one file per source commit would be waste for one.
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func documentHistories(
    of paths: [String], root: String = "", from revision: String = "HEAD", cached: Bool = false
  ) throws -> [String: [DocumentRevision]] {
    let histories = try pathHistories(of: paths, root: root, from: revision, cached: cached)
    let paths = Array(histories.changes.keys)
    return Dictionary(uniqueKeysWithValues: zip(paths, try documentHistories(of: paths, in: histories)))
  }

  /// The commits of each of `paths` in `histories` (as ``pathHistories(of:root:from:cached:)``
  /// gives them), in order, each with the document it left: each distinct version of a file is
  /// read and parsed once, through the cache of versions (see ``documents(ofBlobs:)``).
  /// - Throws: `GitError.invalidObjectID`, `.notFound`, libgit2 errors.
  public func documentHistories(of paths: [String], in histories: PathHistories) throws
    -> [[DocumentRevision]]
  {
    var versions: [DocumentVersionKey: Int] = [:]
    var keys: [DocumentVersionKey] = []
    for path in paths {
      for change in histories.changes[path] ?? [] {
        guard let blobID = change.blobID else { continue }
        let key = DocumentVersionKey(path: path, blobID: blobID)
        if versions[key] == nil {
          versions[key] = keys.count
          keys.append(key)
        }
      }
    }
    let documents = try documents(ofBlobs: keys.map { (blobID: $0.blobID.hex, path: $0.path) })
    return paths.map { path in
      (histories.changes[path] ?? []).map { change in
        let index = change.blobID.flatMap { versions[DocumentVersionKey(path: path, blobID: $0)] }
        return histories.commits[Int(change.commit)].with(document: index.flatMap { documents[$0] })
      }
    }
  }

  /// The document each blob holds, read as at `path` (`nil` as for `DocumentText.read`), through
  /// the cache of versions when caching is on: a blob read before is neither read nor parsed again
  /// (see ``DocumentVersions``).
  /// - Throws: `GitError.invalidObjectID`, `.notFound`, libgit2 errors.
  public func documents(ofBlobs blobs: [(blobID: String, path: String)]) throws -> [Document?] {
    try DocumentVersions.read(blobs, cache: versionCache, bytes: { try contents(ofBlobs: $0) })
  }

  /// The commits that changed each of `paths` (relative to `root`), newest first, each with the
  /// blob the path held after it (see ``revisions(of:root:from:limit:)``), without reading a
  /// version: from the history cache when `cached` and it holds them for the commit `revision`
  /// names, else walked (and then written to the cache).
  /// - Throws: `GitError.invalidPath`, `.unknownRevision`, `.unbornHead`, and libgit2 errors.
  public func pathHistories(
    of paths: [String], root: String = "", from revision: String = "HEAD", cached: Bool
  )
    throws -> PathHistories
  {
    let directory = cached && frontMatterCache != nil ? frontMatterCacheDirectory : nil
    let commit = try directory.map { _ in try resolve(revision).id }
    if let directory, let commit,
      let found = HistoryCache.read(
        directory: directory, commit: commit, root: root, paths: paths, build: BuildIdentity.current)
    {
      return found
    }
    let found = try walk(paths, root: root, from: commit ?? revision, limit: nil) { commit in
      DocumentRevision(try CommitInfo(commit: commit), document: nil)
    }
    let walked = PathHistories(commits: found.commits, changes: found.changes)
    if let directory, let commit {
      HistoryCache.write(
        walked, directory: directory, commit: commit, root: root, build: BuildIdentity.current)
    }
    return walked
  }
}

/// One version of one file: its path and blob.
private struct DocumentVersionKey: Hashable {
  let path: String
  let blobID: ObjectID
}

extension DocumentRevision {
  /// The same commit with `document`.
  fileprivate func with(document: Document?) -> DocumentRevision {
    DocumentRevision(
      commitID: commitID, author: author, date: date, timeZoneOffsetMinutes: timeZoneOffsetMinutes,
      summary: summary, trailers: trailers, document: document)
  }

  /// A revision from a commit and the document it left.
  public init(_ commit: CommitInfo, document: Document?) {
    self.init(
      commitID: commit.id, author: commit.author, date: commit.authorDate,
      timeZoneOffsetMinutes: commit.authorTimeZoneOffsetMinutes, summary: commit.summary,
      trailers: commit.trailers.map { (key: $0.key, value: $0.value) }, document: document)
  }
}
