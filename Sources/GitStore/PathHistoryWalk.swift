import Clibgit2

/// The commits that changed each of many paths, found in one revision walk (see
/// ``GitRepository/revisions(of:root:from:limit:)`` for the rules).
///
/// Each commit is compared with its parents only along the wanted paths: two tree entries with the
/// same id and mode hold the same content below them, so a folder that did not change is never
/// opened, and a folder that did is compared entry by entry only where wanted paths lie.
final class PathHistoryWalk {
  /// A tree entry: its object id and file mode.
  struct Entry: Equatable {
    let id: git_oid
    let key: ObjectKey
    let mode: UInt32

    init(id: git_oid, mode: UInt32) {
      self.id = id
      key = ObjectKey(id)
      self.mode = mode
    }

    init(_ entry: OpaquePointer) {
      self.init(id: git_tree_entry_id(entry).pointee, mode: git_tree_entry_filemode(entry).rawValue)
    }

    var isTree: Bool { mode == GIT_FILEMODE_TREE.rawValue }

    static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.key == rhs.key && lhs.mode == rhs.mode }
  }

  /// One folder or file on the way to the wanted paths.
  private final class Node {
    var children: [String: Node] = [:]
    /// The wanted paths that end here (their indices).
    var paths: [Int] = []
  }

  private let repository: GitRepository
  private let root = Node()
  private let pathCount: Int
  private let limit: Int?
  /// Trees opened for the commit being compared, and for the one before (usually its parent).
  private var trees: [ObjectKey: LoadedTree] = [:]
  private var previousTrees: [ObjectKey: LoadedTree] = [:]

  /// A walk for `paths`, each relative to the top of the repository (`""` for the top folder).
  init(repository: GitRepository, paths: [String], limit: Int?) {
    self.repository = repository
    pathCount = paths.count
    self.limit = limit
    for (index, path) in paths.enumerated() {
      var node = root
      for name in path.split(separator: "/") {
        let name = String(name)
        if let child = node.children[name] {
          node = child
        } else {
          let child = Node()
          node.children[name] = child
          node = child
        }
      }
      node.paths.append(index)
    }
  }

  /// For each path (by index), the commits that changed it, newest first, each with the entry the
  /// path had after it (`nil` when the commit removed it).
  func run(from revision: String) throws -> [[(commit: CommitInfo, entry: Entry?)]] {
    var results = [[(commit: CommitInfo, entry: Entry?)]](repeating: [], count: pathCount)
    guard pathCount > 0 else { return results }
    let start = try repository.lookupCommit(revision)
    let startID = git_commit_id(start).pointee
    git_commit_free(start)
    let graph = try CommitGraph(repository: repository, from: startID)
    var wanting: [Int: Set<Int>] = [:]
    var first = true
    for commit in graph.topologicalOrder() {
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
      previousTrees = trees
      trees = [:]
      let own = Entry(id: graph.trees[commit], mode: GIT_FILEMODE_TREE.rawValue)
      var parents: [(key: Int, changes: [Int: Entry?])] = []
      for parent in graph.parents(of: commit) {
        let parentTree = Entry(id: graph.trees[parent], mode: GIT_FILEMODE_TREE.rawValue)
        var changes: [Int: Entry?] = [:]
        try compare(own, parentTree, node: root, into: &changes)
        parents.append((parent, changes))
      }
      var info: CommitInfo?
      func list(_ path: Int, _ entry: Entry?) throws {
        if info == nil { info = try commitInfo(graph.ids[commit]) }
        if let info { results[path].append((info, entry)) }
      }
      func isOpen(_ path: Int) -> Bool { limit.map { results[path].count < $0 } ?? true }
      if parents.isEmpty {
        // A root commit adds what it holds.
        var changes: [Int: Entry?] = [:]
        try compare(own, nil, node: root, into: &changes)
        for (path, entry) in changes where wanted.contains(path) {
          if let entry { try list(path, entry) }
        }
      } else if parents.count == 1 {
        for (path, entry) in parents[0].changes where wanted.contains(path) {
          try list(path, entry)
        }
        let open = limit == nil ? wanted : wanted.filter(isOpen)
        if !open.isEmpty { add(open, to: parents[0].key, in: &wanting) }
      } else {
        // History simplification, as git log does by default: a path the merge took unchanged from
        // a parent follows that parent only; a path that differs from every parent is listed and
        // follows them all.
        var follow = [Set<Int>](repeating: [], count: parents.count)
        for path in wanted {
          if let same = parents.firstIndex(where: { $0.changes[path] == nil }) {
            follow[same].insert(path)
          } else {
            try list(path, parents[0].changes[path] ?? nil)
            for index in parents.indices { follow[index].insert(path) }
          }
        }
        for (index, parent) in parents.enumerated() {
          let open = limit == nil ? follow[index] : follow[index].filter(isOpen)
          if !open.isEmpty { add(open, to: parent.key, in: &wanting) }
        }
      }
      if wanting.isEmpty { break }
    }
    return results
  }

  /// The whole commit, read only for the commits a path lists.
  private func commitInfo(_ id: git_oid) throws -> CommitInfo {
    var id = id
    var commit: OpaquePointer?
    try check("git_commit_lookup", git_commit_lookup(&commit, repository.pointer, &id))
    defer { git_commit_free(commit) }
    guard let commit else { throw GitError.fromLibgit2("git_commit_lookup", code: -1) }
    return try CommitInfo(commit: commit)
  }

  private func add(_ paths: Set<Int>, to commit: Int, in wanting: inout [Int: Set<Int>]) {
    if let existing = wanting[commit] {
      wanting[commit] = existing.union(paths)
    } else {
      wanting[commit] = paths
    }
  }

  /// Adds to `changes` the wanted paths at or below `node` whose entry differs between `new` and
  /// `old`, each with its entry in `new`.
  private func compare(_ new: Entry?, _ old: Entry?, node: Node, into changes: inout [Int: Entry?]) throws {
    if new == old { return }
    for path in node.paths { changes[path] = .some(new) }
    guard !node.children.isEmpty else { return }
    let newTree = try new.flatMap { $0.isTree ? try tree($0) : nil }
    let oldTree = try old.flatMap { $0.isTree ? try tree($0) : nil }
    if newTree == nil && oldTree == nil { return }
    // A few wanted names are found by binary search; many are found by walking both trees side by
    // side, which skips the equal entries without making strings of their names.
    if node.children.count <= 8 {
      for (name, child) in node.children {
        try compare(newTree?.entry(named: name), oldTree?.entry(named: name), node: child, into: &changes)
      }
      return
    }
    for (name, pair) in differences(newTree, oldTree) {
      if let child = node.children[name] { try compare(pair.new, pair.old, node: child, into: &changes) }
    }
  }

  /// The names whose entries differ between two trees (sorted the same way, as git sorts them).
  private func differences(_ new: LoadedTree?, _ old: LoadedTree?) -> [String: (new: Entry?, old: Entry?)] {
    var result: [String: (new: Entry?, old: Entry?)] = [:]
    let newCount = new.map { git_tree_entrycount($0.pointer) } ?? 0
    let oldCount = old.map { git_tree_entrycount($0.pointer) } ?? 0
    var newIndex = 0
    var oldIndex = 0
    func note(_ entry: OpaquePointer, isNew: Bool) {
      let name = swiftString(git_tree_entry_name(entry))
      var pair = result[name] ?? (nil, nil)
      if isNew { pair.new = Entry(entry) } else { pair.old = Entry(entry) }
      result[name] = pair
    }
    while newIndex < newCount || oldIndex < oldCount {
      let newEntry = newIndex < newCount ? new.flatMap { git_tree_entry_byindex($0.pointer, newIndex) } : nil
      let oldEntry = oldIndex < oldCount ? old.flatMap { git_tree_entry_byindex($0.pointer, oldIndex) } : nil
      guard let newEntry else {
        if let oldEntry { note(oldEntry, isNew: false) }
        oldIndex += 1
        continue
      }
      guard let oldEntry else {
        note(newEntry, isNew: true)
        newIndex += 1
        continue
      }
      let order = git_tree_entry_cmp(newEntry, oldEntry)
      if order == 0 {
        if git_tree_entry_filemode(newEntry) != git_tree_entry_filemode(oldEntry)
          || git_oid_equal(git_tree_entry_id(newEntry), git_tree_entry_id(oldEntry)) == 0
        {
          note(newEntry, isNew: true)
          note(oldEntry, isNew: false)
        }
        newIndex += 1
        oldIndex += 1
      } else if order < 0 {
        note(newEntry, isNew: true)
        newIndex += 1
      } else {
        note(oldEntry, isNew: false)
        oldIndex += 1
      }
    }
    return result
  }

  /// The tree an entry names, opened once per commit step and kept for the next step, which usually
  /// compares the parent with its own parent.
  private func tree(_ entry: Entry) throws -> LoadedTree {
    if let tree = trees[entry.key] { return tree }
    if let tree = previousTrees[entry.key] {
      trees[entry.key] = tree
      return tree
    }
    var id = entry.id
    var pointer: OpaquePointer?
    try check("git_tree_lookup", git_tree_lookup(&pointer, repository.pointer, &id))
    guard let pointer else { throw GitError.fromLibgit2("git_tree_lookup", code: -1) }
    let tree = LoadedTree(pointer)
    trees[entry.key] = tree
    return tree
  }
}

/// A libgit2 tree, freed when the last reference goes.
final class LoadedTree {
  let pointer: OpaquePointer

  init(_ pointer: OpaquePointer) { self.pointer = pointer }

  deinit { git_tree_free(pointer) }

  /// The entry called `name`, if any.
  func entry(named name: String) -> PathHistoryWalk.Entry? {
    git_tree_entry_byname(pointer, name).map { PathHistoryWalk.Entry($0) }
  }
}

/// A 20-byte object id as a dictionary key, hashed without formatting it.
struct ObjectKey: Hashable {
  private let high: UInt64
  private let middle: UInt64
  private let low: UInt32

  init(_ id: git_oid) {
    var high: UInt64 = 0
    var middle: UInt64 = 0
    var low: UInt32 = 0
    withUnsafeBytes(of: id.id) { raw in
      high = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
      middle = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      low = raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
    }
    self.high = high
    self.middle = middle
    self.low = low
  }
}
