/// The commits that changed each of many paths, newest first, each with the blob the path held
/// after it, as one walk over the history finds them (or ``HistoryCache`` kept them).
///
/// Every commit is held once, in ``commits``, and each path's list holds places in it: a packet
/// keeps the histories of every document for its whole run, and most commits change several paths.
public struct PathHistories: Sendable {
  /// One commit that changed a path.
  public struct Change: Sendable, Hashable {
    /// The blob the path held after the commit; `nil` when the commit removed it, or left a
    /// folder, a symbolic link or a submodule there.
    public let blobID: ObjectID?
    /// The commit's place in ``PathHistories/commits``.
    public let commit: Int32

    /// A change by the commit at place `commit`.
    public init(commit: Int, blobID: ObjectID?) {
      self.commit = Int32(commit)
      self.blobID = blobID
    }
  }

  /// The commits, each once, without documents.
  public let commits: [DocumentRevision]
  /// The changes of each path, newest first.
  public let changes: [String: [Change]]

  /// Histories from a table of commits and lists of places in it.
  /// - Precondition: every change names a place in `commits`.
  public init(commits: [DocumentRevision], changes: [String: [Change]]) {
    precondition(
      changes.values.allSatisfy { $0.allSatisfy { commits.indices.contains(Int($0.commit)) } },
      "every change names a commit of the table")
    self.commits = commits
    self.changes = changes
  }

  /// Histories held as lists of revisions (which keep their documents), without blob ids.
  public init(_ histories: [String: [DocumentRevision]]) {
    var commits: [DocumentRevision] = []
    var changes: [String: [Change]] = [:]
    for (path, list) in histories {
      changes[path] = list.map { revision in
        commits.append(revision)
        return Change(commit: commits.count - 1, blobID: nil)
      }
    }
    self.init(commits: commits, changes: changes)
  }

  /// The commits that changed `path`, newest first; `nil` when `path` is not one of the paths.
  public subscript(path: String) -> [DocumentRevision]? {
    changes[path]?.map { commits[Int($0.commit)] }
  }

  /// The histories of `paths` only, or `nil` when one of them is not here.
  public func only(_ paths: [String]) -> PathHistories? {
    var kept: [String: [Change]] = [:]
    for path in paths {
      guard let list = changes[path] else { return nil }
      kept[path] = list
    }
    return PathHistories(commits: commits, changes: kept)
  }
}
