import Clibgit2
import ISMSCore

/// Compares a commit's tree with its parents' along wanted paths, for ``PathHistoryWalk``.
///
/// Two tree entries with the same id and mode hold the same content below them, so a folder that
/// did not change is never opened, and a folder that did is compared entry by entry only where
/// wanted paths lie. Trees opened for one commit are kept for the next, which in a walk is usually
/// its parent. One comparer serves one thread: it owns its libgit2 handle.
final class PathTreeComparer {
  /// A tree entry: its object id and file mode.
  struct Entry: Equatable {
    let id: git_oid
    let key: ObjectID
    let mode: UInt32

    init(id: git_oid, mode: UInt32) {
      self.id = id
      key = ObjectID(id)
      self.mode = mode
    }

    init(_ entry: OpaquePointer) {
      self.init(id: git_tree_entry_id(entry).pointee, mode: git_tree_entry_filemode(entry).rawValue)
    }

    var isTree: Bool { mode == GIT_FILEMODE_TREE.rawValue }

    static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.key == rhs.key && lhs.mode == rhs.mode }
  }

  /// The wanted paths (by index) that differ, each with its entry on the commit's side (`nil`
  /// when the commit does not have it).
  typealias Changes = [Int: Entry?]

  /// One folder or file on the way to the wanted paths.
  final class Node {
    var children: [String: Node] = [:]
    /// The wanted paths that end here (their indices).
    var paths: [Int] = []

    /// The tree of `paths`, each relative to the top of the repository (`""` for the top folder).
    static func tree(of paths: [String]) -> Node {
      let root = Node()
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
      return root
    }
  }

  private let repository: GitRepository
  private let root: Node
  /// Trees opened for the commit being compared, and for the one before (usually its parent).
  private var trees: [ObjectID: LoadedTree] = [:]
  private var previousTrees: [ObjectID: LoadedTree] = [:]

  /// A comparer reading through `repository` for the paths below `root` (only read, never changed).
  init(repository: GitRepository, root: Node) {
    self.repository = repository
    self.root = root
  }

  /// The changes of a commit whose tree is `tree` against each of `parentTrees`, in order; for a
  /// root commit (no parents), one list: everything the commit holds.
  func changes(tree: git_oid, parentTrees: [git_oid]) throws -> [Changes] {
    previousTrees = trees
    trees = [:]
    let own = Entry(id: tree, mode: GIT_FILEMODE_TREE.rawValue)
    guard !parentTrees.isEmpty else {
      var changes: Changes = [:]
      try compare(own, nil, node: root, into: &changes)
      return [changes]
    }
    return try parentTrees.map { parent in
      var changes: Changes = [:]
      try compare(own, Entry(id: parent, mode: GIT_FILEMODE_TREE.rawValue), node: root, into: &changes)
      return changes
    }
  }

  /// Adds to `changes` the wanted paths at or below `node` whose entry differs between `new` and
  /// `old`, each with its entry in `new`.
  private func compare(_ new: Entry?, _ old: Entry?, node: Node, into changes: inout Changes) throws {
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
  func entry(named name: String) -> PathTreeComparer.Entry? {
    git_tree_entry_byname(pointer, name).map { PathTreeComparer.Entry($0) }
  }
}
