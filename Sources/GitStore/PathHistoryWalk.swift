import Clibgit2
import Foundation
import ISMSCore

/// The commits that changed each of many paths, found in one revision walk (see
/// ``GitRepository/revisions(of:root:from:limit:)`` for the rules).
///
/// Each commit is compared with its parents only along the wanted paths (``PathTreeComparer``).
/// A walk with no limit on a long history compares the commits on every core first: it visits
/// nearly every commit anyway, and comparing a commit with its parents depends on nothing else.
final class PathHistoryWalk {
  typealias Entry = PathTreeComparer.Entry

  private let repository: GitRepository
  private let root: PathTreeComparer.Node
  private let pathCount: Int
  private let limit: Int?
  /// Commits per worker below which one thread compares them as the walk goes.
  private let commitsPerWorker: Int

  /// A walk for `paths`, each relative to the top of the repository (`""` for the top folder).
  init(repository: GitRepository, paths: [String], limit: Int?, commitsPerWorker: Int = 1_024) {
    self.repository = repository
    root = PathTreeComparer.Node.tree(of: paths)
    pathCount = paths.count
    self.limit = limit
    self.commitsPerWorker = commitsPerWorker
  }

  /// The commits that changed any path, each once and read by `read`, and for each path (by index)
  /// the changes that name them, newest first, each with the blob the path held after it (`nil`
  /// when the commit removed it or left no file there).
  func run<Commit>(from revision: String, reading read: (OpaquePointer) throws -> Commit) throws -> (
    commits: [Commit], changes: [[PathHistories.Change]]
  ) {
    var commits: [Commit] = []
    var results = [[PathHistories.Change]](repeating: [], count: pathCount)
    guard pathCount > 0 else { return (commits, results) }
    let start = try repository.lookupCommit(revision)
    let startID = git_commit_id(start).pointee
    git_commit_free(start)
    let graph = try CommitGraph(repository: repository, from: startID)
    let order = Array(graph.ids.indices)
    let changesOf = try changes(in: graph, order: order)
    var wanting: [Int: Set<Int>] = [:]
    var first = true
    for commit in order {
      let wanted: Set<Int>
      if first {
        wanted = Set(0..<pathCount)
        first = false
      } else {
        guard let found = wanting.removeValue(forKey: commit) else {
          if wanting.isEmpty { break }
          continue
        }
        wanted = found
      }
      let parentKeys = Array(graph.parents(of: commit))
      let changes = try changesOf(commit)
      var place: Int?
      func list(_ path: Int, _ entry: Entry?) throws {
        let listed = try place ?? commitPlace(graph.ids[commit], in: &commits, reading: read)
        place = listed
        let blobID = entry.flatMap { $0.isTree || !isRegularBlobMode($0.mode) ? nil : $0.key }
        results[path].append(PathHistories.Change(commit: listed, blobID: blobID))
      }
      func isOpen(_ path: Int) -> Bool { limit.map { results[path].count < $0 } ?? true }
      if parentKeys.isEmpty {
        // A root commit adds what it holds.
        for (path, entry) in changes[0] where wanted.contains(path) {
          if let entry { try list(path, entry) }
        }
      } else if parentKeys.count == 1 {
        for (path, entry) in changes[0] where wanted.contains(path) {
          try list(path, entry)
        }
        let open = limit == nil ? wanted : wanted.filter(isOpen)
        if !open.isEmpty { add(open, to: parentKeys[0], in: &wanting) }
      } else {
        // History simplification, as git log does by default: a path the merge took unchanged from
        // a parent follows that parent only; a path that differs from every parent is listed and
        // follows them all.
        var follow = [Set<Int>](repeating: [], count: parentKeys.count)
        for path in wanted {
          if let same = changes.firstIndex(where: { $0[path] == nil }) {
            follow[same].insert(path)
          } else {
            try list(path, changes[0][path] ?? nil)
            for index in parentKeys.indices { follow[index].insert(path) }
          }
        }
        for (index, parent) in parentKeys.enumerated() {
          let open = limit == nil ? follow[index] : follow[index].filter(isOpen)
          if !open.isEmpty { add(open, to: parent, in: &wanting) }
        }
      }
      if wanting.isEmpty { break }
    }
    return (commits, results)
  }

  /// How the walk gets a commit's changes against its parents (``PathTreeComparer/changes(tree:parentTrees:)``):
  /// compared when asked, in walk order on this thread, or, for a long walk with no limit, all
  /// compared beforehand on every core. The walk's order is cut into runs handed out one at a
  /// time (newer commits hold bigger trees, so equal halves would leave one core idle), each run
  /// compared by a free comparer, which owns a libgit2 handle (a handle must not be used by two
  /// threads at once) and keeps its trees from one commit to the next. An error is raised only
  /// when the walk asks for that commit, as it would have been walking.
  private func changes(in graph: CommitGraph, order: [Int]) throws -> (Int) throws -> [PathTreeComparer
    .Changes]
  {
    func compare(_ commit: Int, with comparer: PathTreeComparer) throws -> [PathTreeComparer.Changes] {
      try comparer.changes(
        tree: graph.trees[commit], parentTrees: graph.parents(of: commit).map { graph.trees[$0] })
    }
    let workers = min(ProcessInfo.processInfo.activeProcessorCount, order.count / commitsPerWorker)
    guard limit == nil, workers > 1 else {
      let comparer = PathTreeComparer(repository: repository, root: root)
      return { try compare($0, with: comparer) }
    }
    let pool = ComparerPool(first: PathTreeComparer(repository: repository, root: root)) {
      [repository, root] in
      PathTreeComparer(repository: try GitRepository.discover(from: repository.gitDirectory), root: root)
    }
    let runCount = workers * 16
    let size = (order.count + runCount - 1) / runCount
    let runs = ParallelMap.map(count: runCount) { run -> [Result<[PathTreeComparer.Changes], any Error>] in
      let commits = order[min(order.count, run * size)..<min(order.count, (run + 1) * size)]
      guard !commits.isEmpty else { return [] }
      switch pool.take() {
      case .success(let comparer):
        defer { pool.give(comparer) }
        return commits.map { commit in Result { try compare(commit, with: comparer) } }
      case .failure(let error):
        return commits.map { _ in .failure(error) }
      }
    }
    var byCommit = [Result<[PathTreeComparer.Changes], any Error>?](repeating: nil, count: graph.ids.count)
    for (commit, result) in zip(order, runs.joined()) { byCommit[commit] = result }
    return { commit in
      guard let result = byCommit[commit] else {
        preconditionFailure("every commit of the order was compared")
      }
      return try result.get()
    }
  }

  /// Reads the commit `id` into the end of `commits`, and returns its place: only the commits a
  /// path lists are read.
  private func commitPlace<Commit>(
    _ id: git_oid, in commits: inout [Commit], reading read: (OpaquePointer) throws -> Commit
  ) throws -> Int {
    var id = id
    var commit: OpaquePointer?
    try check("git_commit_lookup", git_commit_lookup(&commit, repository.pointer, &id))
    defer { git_commit_free(commit) }
    guard let commit else { throw GitError.fromLibgit2("git_commit_lookup", code: -1) }
    commits.append(try read(commit))
    return commits.count - 1
  }

  private func add(_ paths: Set<Int>, to commit: Int, in wanting: inout [Int: Set<Int>]) {
    if let existing = wanting[commit] {
      wanting[commit] = existing.union(paths)
    } else {
      wanting[commit] = paths
    }
  }
}

/// Comparers not in use, each with its own libgit2 handle; one is made when none is free.
private final class ComparerPool: @unchecked Sendable {
  private let lock = NSLock()
  private var free: [PathTreeComparer]
  private let make: () throws -> PathTreeComparer

  init(first: PathTreeComparer, make: @escaping () throws -> PathTreeComparer) {
    free = [first]
    self.make = make
  }

  /// A free comparer, or a new one (opening a handle, which may fail).
  func take() -> Result<PathTreeComparer, any Error> {
    lock.lock()
    let comparer = free.popLast()
    lock.unlock()
    return comparer.map { .success($0) } ?? Result { try make() }
  }

  /// Returns a comparer for the next run.
  func give(_ comparer: PathTreeComparer) {
    lock.lock()
    free.append(comparer)
    lock.unlock()
  }
}
