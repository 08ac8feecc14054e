import Clibgit2
import Foundation
import ISMSCore

/// The points between the steps of `commit`, where tests inject failures and races.
enum CommitStep: Sendable, Equatable {
  /// The lock is held; nothing is written yet.
  case locked
  /// Blobs, tree and commit objects are in the object database; nothing else changed.
  case objectsWritten
  /// The new files wait as temporary files next to their targets.
  case filesStaged
  /// The branch points at the new commit.
  case branchMoved
  /// The index on disk lists the new files.
  case indexWritten
  /// One more working-tree file was replaced or removed.
  case fileApplied
}

/// One validated change of a commit, with what HEAD and the index hold for its path.
struct CommitItem {
  /// The path relative to the repository top.
  let path: String
  /// The new bytes, or `nil` to delete.
  let contents: Data?
  /// The entry at `path` in HEAD's tree, if any.
  var head: (id: git_oid, mode: UInt32, type: git_object_t)?
  /// The blob written for `contents`.
  var blobID = git_oid()

  /// The mode of the new file: executable stays executable.
  var mode: UInt32 {
    head?.mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue
      ? GIT_FILEMODE_BLOB_EXECUTABLE.rawValue : GIT_FILEMODE_BLOB.rawValue
  }
}

extension GitRepository {
  /// Commits exactly `changes` (paths relative to `root`) on the current branch, or on the unborn
  /// `main`, and updates the index and working-tree copies of exactly those files.
  ///
  /// It refuses, changing nothing, when any of those paths has uncommitted changes of its own.
  /// Steps, in crash-safe order, under `<gitdir>/isms.lock`: write blob, tree and commit objects
  /// (harmless if interrupted); stage the new files as temporary files beside their targets; move
  /// the branch with a compare-and-swap on its old id; write the index; rename the staged files into
  /// place and remove deleted ones. A failure at any step undoes the earlier ones, so HEAD, the
  /// index file and the working tree end up as they were (only unreachable objects and reflog lines
  /// remain).
  /// - Parameters:
  ///   - changes: the files to write or delete, each path at most once.
  ///   - root: the ISMS root relative to the repository top (`""` for the top).
  ///   - message: the commit message; it is cleaned up as `git commit` does (trailing blanks, final newline).
  ///   - author: the author: the person the change stands for.
  ///   - committer: who made the commit (the person running the program); `nil` for `author`.
  ///   - date: the author date (whole seconds), and the committer date unless the parent's committer
  ///     date is later: then the commit takes the parent's, so a branch's committer dates never go
  ///     backwards and history read by date (``lastCommit(atOrBefore:from:)``) finds the state the
  ///     branch was in, while the author date keeps the day the change stands for.
  ///   - timeZoneOffsetMinutes: the time zone recorded with `date`, in minutes east of UTC.
  ///   - expectedParent: the commit the caller read the files from; when the branch has moved
  ///     since, the commit is refused with `.concurrentUpdate` so that no other write is lost.
  /// - Returns: the new commit.
  /// - Throws: `GitError.dirty`, `.invalidPath`, `.notFound`, `.workingTreeConflict`,
  ///   `.nothingToCommit`, `.locked`, `.concurrentUpdate`, `.detachedHead`, and libgit2 or I/O errors.
  @discardableResult
  public func commit(
    _ changes: [FileChange], root: String, message: String, author: Identity, committer: Identity? = nil,
    date: Date, timeZoneOffsetMinutes: Int, expectedParent: String? = nil
  ) throws -> CommitInfo {
    guard let workdir = workingDirectory else { throw GitError.bareRepository(gitDirectory: gitDirectory) }
    var items = try Self.plan(changes, root: try GitPath.root(root))
    let cleanMessage = try Self.prettified(message)
    let signature = try Self.signature(author, date: date, offsetMinutes: timeZoneOffsetMinutes)
    defer { git_signature_free(signature) }

    let lock = try RepositoryLock.acquire(gitDirectory: gitDirectory)
    defer { lock.release() }
    try finish(lock.staleJournal)
    try commitStepHook?(.locked)

    let branch = try currentBranch()
    if let expectedParent, branch.target?.hex != expectedParent {
      throw GitError.concurrentUpdate(branch: branch.name.replacingOccurrences(of: "refs/heads/", with: ""))
    }
    var parent: OpaquePointer?
    if var target = branch.target {
      try check("git_commit_lookup", git_commit_lookup(&parent, pointer, &target))
    }
    defer { git_commit_free(parent) }
    let later = parent.flatMap { git_commit_time($0) > signature.pointee.when.time ? $0 : nil }
    let committerSignature = try Self.signature(
      committer ?? author,
      date: later.map { Date(timeIntervalSince1970: TimeInterval(git_commit_time($0))) } ?? date,
      offsetMinutes: later.map { Int(git_commit_time_offset($0)) } ?? timeZoneOffsetMinutes)
    defer { git_signature_free(committerSignature) }
    let headTree = try parent.map { try tree(of: $0) }
    defer { git_tree_free(headTree) }
    var index: OpaquePointer?
    try check("git_repository_index", git_repository_index(&index, pointer))
    defer { git_index_free(index) }
    try check("git_index_read", git_index_read(index, 1))
    let indexPath = gitDirectory + "/index"
    let savedIndex = try Self.readIfExists(indexPath)

    var dirty: [String] = []
    for position in items.indices {
      items[position].head = try headTree.flatMap { try entry(at: items[position].path, in: $0) }
      try checkShape(of: items[position], headTree: headTree, index: index, workdir: workdir)
      if try isDirty(items[position], index: index, workdir: workdir) { dirty.append(items[position].path) }
    }
    if !dirty.isEmpty { throw GitError.dirty(paths: dirty.sorted(by: byteOrder)) }

    let commitID = try writeCommit(
      &items, headTree: headTree, parent: parent, message: cleanMessage, author: signature,
      committer: committerSignature)
    try commitStepHook?(.objectsWritten)

    let update = WorkingTreeUpdate(repository: self, workdir: workdir)
    try lock.record(
      CommitJournal(
        branch: branch.name, commit: commitID.hex, staged: update.reserve(items),
        deleted: items.filter { $0.contents == nil }.map(\.path)))
    var branchMoved = false
    var indexTouched = false
    do {
      for item in items { if let contents = item.contents { try update.stage(item, contents: contents) } }
      try commitStepHook?(.filesStaged)
      try moveBranch(branch.name, from: branch.target, to: commitID, summary: cleanMessage)
      branchMoved = true
      try commitStepHook?(.branchMoved)
      indexTouched = true
      try updateIndex(index, items: items, update: update)
      try commitStepHook?(.indexWritten)
      for item in items {
        try update.apply(item)
        try commitStepHook?(.fileApplied)
      }
    } catch {
      var problems = update.rollBack()
      if indexTouched, let problem = restoreIndex(index, path: indexPath, bytes: savedIndex) {
        problems.append(problem)
      }
      if branchMoved, let problem = restoreBranch(branch.name, to: branch.target, from: commitID) {
        problems.append(problem)
      }
      if problems.isEmpty { throw error }
      throw GitError.rollbackFailed(original: "\(error)", problems: problems)
    }
    return try resolve(commitID.hex)
  }

  /// Whether `path` (relative to `root`) has uncommitted changes of its own: its index entry or
  /// working-tree file differs from HEAD (an untracked file counts), or it is in conflict.
  /// - Throws: `GitError.invalidPath`, `.bareRepository`, and libgit2 or I/O errors.
  public func isDirty(_ path: String, root: String = "") throws -> Bool {
    guard let workdir = workingDirectory else { throw GitError.bareRepository(gitDirectory: gitDirectory) }
    var item = CommitItem(path: GitPath.join(try GitPath.root(root), try GitPath.file(path)), contents: nil)
    if let target = try currentBranch().target {
      let commit = try lookupCommit(target.hex)
      defer { git_commit_free(commit) }
      let headTree = try tree(of: commit)
      defer { git_tree_free(headTree) }
      item.head = try entry(at: item.path, in: headTree)
    }
    var index: OpaquePointer?
    try check("git_repository_index", git_repository_index(&index, pointer))
    defer { git_index_free(index) }
    try check("git_index_read", git_index_read(index, 0))
    return try isDirty(item, index: index, workdir: workdir)
  }

  private static func plan(_ changes: [FileChange], root: String) throws -> [CommitItem] {
    guard !changes.isEmpty else { throw GitError.nothingToCommit }
    var items: [CommitItem] = []
    var seen = Set<String>()
    for change in changes {
      let path = GitPath.join(root, try GitPath.file(change.path))
      guard seen.insert(path).inserted else {
        throw GitError.invalidPath(change.path, reason: "it is listed twice")
      }
      switch change {
      case .write(_, let contents): items.append(CommitItem(path: path, contents: contents))
      case .delete: items.append(CommitItem(path: path, contents: nil))
      }
    }
    for item in items {
      if let clash = GitPath.ancestors(of: item.path).first(where: seen.contains) {
        throw GitError.invalidPath(item.path, reason: "'\(clash)' is changed as a file in the same commit")
      }
    }
    return items
  }

  private static func prettified(_ message: String) throws -> String {
    var buffer = git_buf()
    defer { git_buf_dispose(&buffer) }
    try check("git_message_prettify", git_message_prettify(&buffer, message, 0, CChar(UInt8(ascii: "#"))))
    let clean = swiftString(buffer.ptr)
    guard !clean.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw GitError.emptyMessage }
    return clean
  }

  private static func signature(_ identity: Identity, date: Date, offsetMinutes: Int) throws
    -> UnsafeMutablePointer<git_signature>
  {
    var signature: UnsafeMutablePointer<git_signature>?
    let seconds = git_time_t(date.timeIntervalSince1970.rounded(.down))
    try check(
      "git_signature_new",
      git_signature_new(&signature, identity.name, identity.email, seconds, Int32(offsetMinutes)))
    guard let signature else { throw GitError.noIdentity }
    return signature
  }

  /// Refuses paths whose place in HEAD, the index or the working tree cannot take the change.
  private func checkShape(
    of item: CommitItem, headTree: OpaquePointer?, index: OpaquePointer?, workdir: String
  ) throws {
    if let head = item.head {
      if head.type == GIT_OBJECT_TREE {
        throw GitError.invalidPath(item.path, reason: "it is a folder in the repository")
      }
      if !isRegularBlobMode(head.mode) {
        throw GitError.invalidPath(item.path, reason: "it is a symbolic link or submodule in the repository")
      }
    } else if item.contents == nil {
      throw GitError.notFound(path: item.path, revision: "HEAD")
    }
    for ancestor in GitPath.ancestors(of: item.path) {
      if let headTree, let found = try entry(at: ancestor, in: headTree), found.type != GIT_OBJECT_TREE {
        throw GitError.invalidPath(item.path, reason: "'\(ancestor)' is a file in the repository")
      }
    }
    var position = 0
    if item.contents != nil, git_index_find_prefix(&position, index, item.path + "/") == 0 {
      throw GitError.workingTreeConflict(
        path: item.path, reason: "the index has files inside a folder of that name")
    }
    var info = stat()
    for ancestor in GitPath.ancestors(of: item.path) {
      let absolute = workdir + "/" + ancestor
      if lstat(absolute, &info) != 0 {
        guard errno == ENOENT else { throw GitError.posix("inspect", absolute) }
        break
      }
      guard info.st_mode & S_IFMT == S_IFDIR else {
        throw GitError.workingTreeConflict(path: ancestor, reason: "a file or link is where a folder must be")
      }
    }
    let absolute = workdir + "/" + item.path
    if lstat(absolute, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      throw GitError.workingTreeConflict(path: item.path, reason: "a folder is in the way")
    }
  }

  /// Whether the index or working tree differs from HEAD for this path (filters applied, as git does).
  private func isDirty(_ item: CommitItem, index: OpaquePointer?, workdir: String) throws -> Bool {
    for stage in Int32(1)...3 where git_index_get_bypath(index, item.path, stage) != nil { return true }
    switch (item.head, git_index_get_bypath(index, item.path, 0)) {
    case (nil, nil): break
    case (let head?, let staged?):
      if !sameOID(head.id, staged.pointee.id) || head.mode != staged.pointee.mode { return true }
    default: return true
    }
    for ancestor in GitPath.ancestors(of: item.path) where git_index_get_bypath(index, ancestor, 0) != nil {
      return true
    }
    let absolute = workdir + "/" + item.path
    var info = stat()
    if lstat(absolute, &info) != 0 {
      guard errno == ENOENT || errno == ENOTDIR else { throw GitError.posix("inspect", absolute) }
      return item.head != nil
    }
    guard info.st_mode & S_IFMT == S_IFREG else { return true }
    var id = git_oid()
    try check(
      "git_repository_hashfile", git_repository_hashfile(&id, pointer, absolute, GIT_OBJECT_BLOB, item.path))
    guard let head = item.head else {
      // An untracked file committed with exactly the bytes it holds loses nothing: it is added as it is.
      guard let contents = item.contents else { return true }
      var written = git_oid()
      try contents.withUnsafeBytes { bytes in
        _ = try check("git_odb_hash", git_odb_hash(&written, bytes.baseAddress, bytes.count, GIT_OBJECT_BLOB))
      }
      return !sameOID(id, written)
    }
    return !sameOID(id, head.id)
  }

  /// Writes blobs, tree and commit to the object database, moving no reference.
  private func writeCommit(
    _ items: inout [CommitItem], headTree: OpaquePointer?, parent: OpaquePointer?, message: String,
    author: UnsafeMutablePointer<git_signature>, committer: UnsafeMutablePointer<git_signature>
  ) throws -> git_oid {
    var builder: OpaquePointer?
    try check("git_index_new", git_index_new(&builder))
    defer { git_index_free(builder) }
    if let headTree { try check("git_index_read_tree", git_index_read_tree(builder, headTree)) }
    for position in items.indices {
      guard let contents = items[position].contents else {
        try check("git_index_remove", git_index_remove(builder, items[position].path, 0))
        continue
      }
      // What git would store for the file isms writes: a CRLF checkout still commits LF.
      let stored = try cleaned(contents, path: items[position].path)
      var blobID = git_oid()
      var empty: UInt8 = 0
      let rc =
        stored.isEmpty
        ? git_blob_create_from_buffer(&blobID, pointer, &empty, 0)
        : stored.withUnsafeBytes { git_blob_create_from_buffer(&blobID, pointer, $0.baseAddress, $0.count) }
      try check("git_blob_create_from_buffer", rc)
      items[position].blobID = blobID
      var entry = git_index_entry()
      entry.mode = items[position].mode
      entry.id = blobID
      entry.file_size = UInt32(truncatingIfNeeded: contents.count)
      try items[position].path.withCString { path in
        entry.path = path
        try check("git_index_add", git_index_add(builder, &entry))
      }
    }
    var treeID = git_oid()
    try check("git_index_write_tree_to", git_index_write_tree_to(&treeID, builder, pointer))
    if let headTree, sameOID(treeID, git_tree_id(headTree).pointee) { throw GitError.nothingToCommit }
    var tree: OpaquePointer?
    try check("git_tree_lookup", git_tree_lookup(&tree, pointer, &treeID))
    defer { git_tree_free(tree) }

    var parents: [OpaquePointer?] = parent.map { [$0] } ?? []
    let parentCount = parents.count
    var commitID = git_oid()
    let rc = parents.withUnsafeMutableBufferPointer { buffer in
      git_commit_create(
        &commitID, pointer, nil, author, committer, nil, message, tree, parentCount,
        buffer.baseAddress)
    }
    try check("git_commit_create", rc)
    return commitID
  }

  /// Moves `name` from `old` (`nil`: it must not exist yet) to `new`, atomically.
  private func moveBranch(_ name: String, from old: git_oid?, to new: git_oid, summary: String) throws {
    var reference: OpaquePointer?
    var new = new
    let firstLine = summary.split(separator: "\n").first.map(String.init) ?? ""
    let rc: Int32
    if var old {
      rc = git_reference_create_matching(&reference, pointer, name, &new, 1, &old, "commit: \(firstLine)")
    } else {
      rc = git_reference_create(&reference, pointer, name, &new, 0, "commit (initial): \(firstLine)")
    }
    if isCode(rc, GIT_EMODIFIED) || isCode(rc, GIT_EEXISTS) || isCode(rc, GIT_ELOCKED) {
      throw GitError.concurrentUpdate(branch: name.replacingOccurrences(of: "refs/heads/", with: ""))
    }
    try check("git_reference_create_matching", rc)
    git_reference_free(reference)
  }

  /// Puts `name` back to `old` (or removes it when it was unborn), if it still points at `new`.
  private func restoreBranch(_ name: String, to old: git_oid?, from new: git_oid) -> String? {
    var new = new
    var reference: OpaquePointer?
    if var old {
      let rc = git_reference_create_matching(
        &reference, pointer, name, &old, 1, &new, "isms: undo failed commit")
      if rc < 0 {
        return "branch \(name): \(GitError.fromLibgit2("git_reference_create_matching", code: rc))"
      }
      git_reference_free(reference)
      return nil
    }
    let rc = git_reference_lookup(&reference, pointer, name)
    if rc < 0 { return "branch \(name): \(GitError.fromLibgit2("git_reference_lookup", code: rc))" }
    defer { git_reference_free(reference) }
    guard let target = git_reference_target(reference), sameOID(target.pointee, new) else {
      return "branch \(name) moved meanwhile"
    }
    let deleted = git_reference_delete(reference)
    if deleted < 0 { return "branch \(name): \(GitError.fromLibgit2("git_reference_delete", code: deleted))" }
    return nil
  }

  private func updateIndex(_ index: OpaquePointer?, items: [CommitItem], update: WorkingTreeUpdate) throws {
    for item in items {
      guard item.contents != nil else {
        try check("git_index_remove", git_index_remove(index, item.path, 0))
        continue
      }
      var entry = git_index_entry()
      entry.mode = item.mode
      entry.id = item.blobID
      if let info = update.stagedStat(of: item.path) {
        entry.file_size = UInt32(truncatingIfNeeded: info.st_size)
        entry.mtime = git_index_time(
          seconds: Int32(truncatingIfNeeded: info.st_mtim.tv_sec), nanoseconds: UInt32(info.st_mtim.tv_nsec))
        entry.ctime = git_index_time(
          seconds: Int32(truncatingIfNeeded: info.st_ctim.tv_sec), nanoseconds: UInt32(info.st_ctim.tv_nsec))
        entry.dev = UInt32(truncatingIfNeeded: info.st_dev)
        entry.ino = UInt32(truncatingIfNeeded: info.st_ino)
        entry.uid = info.st_uid
        entry.gid = info.st_gid
      }
      try item.path.withCString { path in
        entry.path = path
        try check("git_index_add", git_index_add(index, &entry))
      }
    }
    try check("git_index_write", git_index_write(index))
  }

  private func restoreIndex(_ index: OpaquePointer?, path: String, bytes: Data?) -> String? {
    do {
      if let bytes {
        let temporary = path + ".isms-restore"
        try bytes.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else { throw GitError.posix("restore", path) }
      } else if unlink(path) != 0 && errno != ENOENT {
        throw GitError.posix("remove", path)
      }
      try check("git_index_read", git_index_read(index, 1))
      return nil
    } catch {
      return "index: \(error)"
    }
  }

  private static func readIfExists(_ path: String) throws -> Data? {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
      return nil
    } catch {
      throw GitError.io(operation: "read", path: path, errno: EIO)
    }
  }
}
