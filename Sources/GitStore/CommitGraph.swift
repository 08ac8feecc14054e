import Clibgit2
import Foundation

/// Every commit reachable from one commit, each read from the object database once: its tree, its
/// parents and its committer time, which is all a path's history needs until it lists a commit.
///
/// libgit2's revision walk reads each commit to sort them and the walk's user then looks each
/// one up again; on a long history that doubles the cost of the walk, which is most of
/// `isms review log` when the document changed rarely.
struct CommitGraph {
  /// The commit ids, by index; index 0 is the start.
  private(set) var ids: [git_oid] = []
  /// Each commit's tree.
  private(set) var trees: [git_oid] = []
  /// Each commit's committer time (seconds since 1970), as libgit2 sorts by it.
  private var times: [Int64] = []
  /// Each commit's parents (indices), first parent first, in `parentList[parentStart[i]..<parentStart[i + 1]]`.
  private var parentStart: [Int] = [0]
  private var parentList: [Int] = []

  /// Reads every commit reachable from `start`.
  /// - Throws: libgit2 errors, as the revision walk would (a missing or damaged commit).
  init(repository: GitRepository, from start: git_oid) throws {
    var odb: OpaquePointer?
    try check("git_repository_odb", git_repository_odb(&odb, repository.pointer))
    defer { git_odb_free(odb) }
    guard let odb else { throw GitError.fromLibgit2("git_repository_odb", code: -1) }
    var index: [ObjectKey: Int] = [ObjectKey(start): 0]
    var parentIDs: [[git_oid]] = []
    ids.append(start)
    // Breadth first; the order commits are found in does not matter, only the graph.
    var next = 0
    while next < ids.count {
      let header = try Self.header(of: ids[next], odb: odb, repository: repository)
      trees.append(header.tree)
      times.append(header.time)
      parentIDs.append(header.parents)
      for parent in header.parents where index[ObjectKey(parent)] == nil {
        index[ObjectKey(parent)] = ids.count
        ids.append(parent)
      }
      next += 1
    }
    parentList.reserveCapacity(ids.count)
    for parents in parentIDs {
      for parent in parents {
        guard let position = index[ObjectKey(parent)] else {
          preconditionFailure("a parent outside the graph")
        }
        parentList.append(position)
      }
      parentStart.append(parentList.count)
    }
  }

  /// The parents of commit `commit`, first parent first.
  func parents(of commit: Int) -> ArraySlice<Int> {
    parentList[parentStart[commit]..<parentStart[commit + 1]]
  }

  /// The commits in the order of libgit2's walk sorted `GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME`
  /// from the start: no commit before one of its children, and among the commits ready, the one
  /// with the newest committer time first.
  ///
  /// Ties (equal committer times) come out as libgit2's binary heap lets them, so this is the
  /// same algorithm on the same heap: the order is what `isms` has always shown, and what the
  /// history tests pin down next to libgit2's own walk.
  func topologicalOrder() -> [Int] {
    // libgit2 counts 1 + the number of children (a parent listed twice counts twice).
    var inDegree = [Int](repeating: 1, count: ids.count)
    for parent in parentList { inDegree[parent] += 1 }
    var heap = CommitHeap(times: times)
    var order: [Int] = []
    order.reserveCapacity(ids.count)
    if !ids.isEmpty && inDegree[0] == 1 { heap.insert(0) }
    while let commit = heap.pop() {
      for parent in parents(of: commit) where inDegree[parent] != 0 {
        inDegree[parent] -= 1
        if inDegree[parent] == 1 { heap.insert(parent) }
      }
      inDegree[commit] = 0
      order.append(commit)
    }
    return order
  }

  /// Tree, parents and committer time of a commit, read once from the object database and parsed
  /// here when it has the usual form; anything else goes through libgit2's parser, so the answer
  /// (or the error) is libgit2's.
  private static func header(of id: git_oid, odb: OpaquePointer, repository: GitRepository) throws
    -> (tree: git_oid, parents: [git_oid], time: Int64)
  {
    var id = id
    var object: OpaquePointer?
    try check("git_odb_read", git_odb_read(&object, odb, &id))
    defer { git_odb_object_free(object) }
    if git_odb_object_type(object) == GIT_OBJECT_COMMIT, let data = git_odb_object_data(object) {
      let bytes = UnsafeRawBufferPointer(start: data, count: git_odb_object_size(object))
      if let parsed = CommitHeader(bytes) { return (parsed.tree, parsed.parents, parsed.time) }
    }
    var commit: OpaquePointer?
    try check("git_commit_lookup", git_commit_lookup(&commit, repository.pointer, &id))
    defer { git_commit_free(commit) }
    guard let commit else { throw GitError.fromLibgit2("git_commit_lookup", code: -1) }
    let parents = (0..<git_commit_parentcount(commit)).compactMap {
      git_commit_parent_id(commit, $0)?.pointee
    }
    return (git_commit_tree_id(commit).pointee, parents, git_commit_time(commit))
  }
}

/// The `tree`, `parent` and `committer` time of a commit object in the form git writes:
/// `tree HEX`, `parent HEX` lines, `author …`, then `committer NAME <EMAIL> SECONDS ZONE`.
/// `nil` for anything else.
private struct CommitHeader {
  let tree: git_oid
  let parents: [git_oid]
  let time: Int64

  init?(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return nil }
    var position = 0
    func line(startingWith prefix: StaticString) -> Range<Int>? {
      let length = prefix.utf8CodeUnitCount
      guard position + length <= bytes.count, memcmp(base + position, prefix.utf8Start, length) == 0,
        let newline = memchr(base + position, Int32(UInt8(ascii: "\n")), bytes.count - position)
      else { return nil }
      let end = base.distance(to: UnsafeRawPointer(newline))
      defer { position = end + 1 }
      return (position + length)..<end
    }
    func objectID(_ range: Range<Int>) -> git_oid? {
      guard range.count == 40 else { return nil }
      var id = git_oid()
      let ok = withUnsafeMutableBytes(of: &id.id) { raw -> Bool in
        for byte in 0..<20 {
          guard let high = hexValue(bytes[range.lowerBound + 2 * byte]),
            let low = hexValue(bytes[range.lowerBound + 2 * byte + 1])
          else { return false }
          raw[byte] = high << 4 | low
        }
        return true
      }
      return ok ? id : nil
    }
    guard let treeLine = line(startingWith: "tree "), let tree = objectID(treeLine) else { return nil }
    var parents: [git_oid] = []
    while let parentLine = line(startingWith: "parent ") {
      guard let parent = objectID(parentLine) else { return nil }
      parents.append(parent)
    }
    guard line(startingWith: "author ") != nil, let committer = line(startingWith: "committer "),
      let emailEnd = bytes[committer].lastIndex(of: UInt8(ascii: ">")),
      let emailStart = bytes[committer].lastIndex(of: UInt8(ascii: "<")), emailStart < emailEnd,
      emailEnd + 2 < committer.upperBound, bytes[emailEnd + 1] == UInt8(ascii: " ")
    else { return nil }
    // Plain decimal digits followed by a space: the form git writes; anything else is left to libgit2.
    var time: Int64 = 0
    var digit = emailEnd + 2
    while digit < committer.upperBound, bytes[digit] >= UInt8(ascii: "0"), bytes[digit] <= UInt8(ascii: "9") {
      guard digit - (emailEnd + 2) < 18 else { return nil }
      time = time * 10 + Int64(bytes[digit] - UInt8(ascii: "0"))
      digit += 1
    }
    guard digit > emailEnd + 2, digit < committer.upperBound, bytes[digit] == UInt8(ascii: " ") else {
      return nil
    }
    self.tree = tree
    self.parents = parents
    self.time = time
  }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
  default: return nil
  }
}

/// libgit2's `git_pqueue` with `git_commit_list_time_cmp` (newest committer time on top), step
/// for step, so that commits with equal times come out in the same order as from its walk.
private struct CommitHeap {
  let times: [Int64]
  private var contents: [Int] = []

  init(times: [Int64]) { self.times = times }

  /// libgit2's comparison: positive when `lhs` is older, so it sinks.
  private func compare(_ lhs: Int, _ rhs: Int) -> Int {
    times[lhs] < times[rhs] ? 1 : (times[lhs] > times[rhs] ? -1 : 0)
  }

  mutating func insert(_ item: Int) {
    contents.append(item)
    var element = contents.count - 1
    while element > 0 {
      let parentElement = (element - 1) >> 1
      let parent = contents[parentElement]
      if compare(parent, item) <= 0 { break }
      contents[element] = parent
      element = parentElement
    }
    contents[element] = item
  }

  mutating func pop() -> Int? {
    guard let top = contents.first else { return nil }
    guard contents.count > 1 else {
      contents.removeLast()
      return top
    }
    contents[0] = contents.removeLast()
    let item = contents[0]
    var element = 0
    while true {
      var kidElement = (element << 1) + 1
      guard kidElement < contents.count else { break }
      var kid = contents[kidElement]
      if kidElement + 1 < contents.count, compare(kid, contents[kidElement + 1]) > 0 {
        kidElement += 1
        kid = contents[kidElement]
      }
      if compare(item, kid) <= 0 { break }
      contents[element] = kid
      element = kidElement
    }
    contents[element] = item
    return top
  }
}
