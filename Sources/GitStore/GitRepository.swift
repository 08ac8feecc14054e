import Clibgit2
import Foundation
import ISMSCore

/// A git repository opened through libgit2: the only door from `isms` to git.
///
/// Not thread-safe, like the libgit2 handle it wraps: use one instance per thread or task.
public final class GitRepository {
  /// The libgit2 `git_repository *`, freed in `deinit`.
  let pointer: OpaquePointer
  /// The absolute path of the working tree, without a trailing `/`; `nil` for a bare repository.
  public let workingDirectory: String?
  /// The absolute path of the git directory (usually `<working tree>/.git`), without a trailing `/`.
  public let gitDirectory: String
  /// Called between the steps of `commit`, so tests can inject failures and races.
  var commitStepHook: ((CommitStep) throws -> Void)?

  private init(pointer: OpaquePointer) {
    self.pointer = pointer
    workingDirectory = git_repository_workdir(pointer).map { Self.trimmed(swiftString($0)) }
    gitDirectory = Self.trimmed(swiftString(git_repository_path(pointer)))
    if git_repository_is_shallow(pointer) == 1 {
      GitError.shallowGitDirectory.value = gitDirectory
    }
  }

  deinit {
    git_repository_free(pointer)
  }

  /// The git directory and, for a linked worktree, the main repository's one: the folders only
  /// git may write.
  public var gitDirectories: [String] {
    let common = git_repository_commondir(pointer).map { Self.trimmed(swiftString($0)) }
    return [gitDirectory] + (common.map { $0 == gitDirectory ? [] : [$0] } ?? [])
  }

  private static func trimmed(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }

  /// Opens the repository that contains `path` (the folder itself or any folder above it).
  /// - Throws: `GitError.notOwned` when the repository there belongs to another user (git's
  ///   `safe.directory` check), `.notARepository` when no repository contains `path`.
  public static func discover(from path: String) throws -> GitRepository {
    ensureLibgit2()
    var repository: OpaquePointer?
    let rc = git_repository_open_ext(&repository, path, 0, nil)
    if isCode(rc, GIT_EOWNER) || isCode(rc, GIT_ENOTFOUND), let foreign = foreignRepository(above: path) {
      throw GitError.notOwned(path: foreign)
    }
    if isCode(rc, GIT_ENOTFOUND) { throw GitError.notARepository(path: path) }
    try check("git_repository_open_ext", rc)
    guard let repository else { throw GitError.notARepository(path: path) }
    return GitRepository(pointer: repository)
  }

  /// The nearest folder from `path` upwards with a `.git` that another user owns, the one git's
  /// ownership check refuses; `nil` when the nearest `.git` is the user's own, or there is none.
  private static func foreignRepository(above path: String) -> String? {
    var folder = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    var info = stat()
    while true {
      if lstat(folder.path + "/.git", &info) == 0 { return info.st_uid == geteuid() ? nil : folder.path }
      if folder.path == "/" { return nil }
      folder = folder.deletingLastPathComponent()
    }
  }

  /// Creates a new repository with a working tree at `path` (creating folders as needed), whose
  /// first branch is `main` whatever `init.defaultBranch` says.
  /// - Throws: a libgit2 error when `path` already holds a repository or cannot be created.
  public static func create(at path: String) throws -> GitRepository {
    ensureLibgit2()
    var options = git_repository_init_options()
    try check(
      "git_repository_init_options_init",
      git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)))
    options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
    var repository: OpaquePointer?
    let rc = "main".withCString { head in
      options.initial_head = head
      return git_repository_init_ext(&repository, path, &options)
    }
    try check("git_repository_init_ext", rc)
    guard let repository else { throw GitError.notARepository(path: path) }
    return GitRepository(pointer: repository)
  }

  /// The commit that a revision names: a branch, a tag (peeled to its commit), a full or short id,
  /// or an expression such as `HEAD~3`.
  /// - Throws: `GitError.unknownRevision`, `.unbornHead`, `.ambiguousRevision` or `.notACommit`.
  public func resolve(_ revision: String) throws -> CommitInfo {
    let commit = try lookupCommit(revision)
    defer { git_commit_free(commit) }
    return try CommitInfo(commit: commit)
  }

  /// The identity in git's configuration (`user.name`, `user.email`), as `git commit` would use it.
  /// - Throws: `GitError.noIdentity` when either is missing or empty.
  public func defaultIdentity() throws -> Identity {
    var config: OpaquePointer?
    try check("git_repository_config_snapshot", git_repository_config_snapshot(&config, pointer))
    defer { git_config_free(config) }
    func value(_ key: String) throws -> String? {
      var buffer = git_buf()
      defer { git_buf_dispose(&buffer) }
      let rc = git_config_get_string_buf(&buffer, config, key)
      if isCode(rc, GIT_ENOTFOUND) { return nil }
      try check("git_config_get_string_buf(\(key))", rc)
      let text = swiftString(buffer.ptr).trimmingCharacters(in: .whitespaces)
      return text.isEmpty ? nil : text
    }
    guard let name = try value("user.name"), let email = try value("user.email") else {
      throw GitError.noIdentity
    }
    return Identity(name: name, email: email)
  }

  /// The branch HEAD points at (`refs/heads/main`) and its commit id, `nil` while it is unborn.
  /// - Throws: `GitError.detachedHead` when HEAD is not symbolic.
  func currentBranch() throws -> (name: String, target: git_oid?) {
    var head: OpaquePointer?
    try check("git_reference_lookup(HEAD)", git_reference_lookup(&head, pointer, "HEAD"))
    defer { git_reference_free(head) }
    guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC, let target = git_reference_symbolic_target(head)
    else { throw GitError.detachedHead }
    let name = swiftString(target)
    var branch: OpaquePointer?
    let rc = git_reference_lookup(&branch, pointer, name)
    if isCode(rc, GIT_ENOTFOUND) { return (name, nil) }
    try check("git_reference_lookup", rc)
    defer { git_reference_free(branch) }
    var resolved: OpaquePointer?
    try check("git_reference_resolve", git_reference_resolve(&resolved, branch))
    defer { git_reference_free(resolved) }
    guard let id = git_reference_target(resolved) else { throw GitError.detachedHead }
    return (name, id.pointee)
  }

  /// Looks up the commit a revision names; the caller frees it with `git_commit_free`.
  func lookupCommit(_ revision: String) throws -> OpaquePointer {
    var object: OpaquePointer?
    let rc = git_revparse_single(&object, pointer, revision)
    if rc < 0 {
      let error = GitError.fromLibgit2("git_revparse_single", code: rc)
      if isCode(rc, GIT_ENOTFOUND) || isCode(rc, GIT_EINVALIDSPEC) || isCode(rc, GIT_EUNBORNBRANCH) {
        if git_repository_head_unborn(pointer) == 1, let branch = try? currentBranch().name {
          let short = branch.hasPrefix("refs/heads/") ? String(branch.dropFirst(11)) : branch
          if revision.hasPrefix("HEAD") || revision.hasPrefix("@") || revision == short || revision == branch
          {
            throw GitError.unbornHead(branch: short)
          }
        }
        throw GitError.unknownRevision(revision)
      }
      if isCode(rc, GIT_EAMBIGUOUS) { throw GitError.ambiguousRevision(revision) }
      throw error
    }
    defer { git_object_free(object) }
    var commit: OpaquePointer?
    let peel = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
    if peel < 0 {
      let error = GitError.fromLibgit2("git_object_peel", code: peel)
      if isCode(peel, GIT_ENOTFOUND) || isCode(peel, GIT_EINVALIDSPEC) || isCode(peel, GIT_EPEEL) {
        throw GitError.notACommit(revision)
      }
      throw error
    }
    guard let commit else { throw GitError.notACommit(revision) }
    return commit
  }

  /// The tree of a commit; the caller frees it with `git_tree_free`.
  func tree(of commit: OpaquePointer) throws -> OpaquePointer {
    var tree: OpaquePointer?
    try check("git_commit_tree", git_commit_tree(&tree, commit))
    guard let tree else { throw GitError.fromLibgit2("git_commit_tree", code: -1) }
    return tree
  }

  /// The id, mode and type of the entry at `path` (relative to the tree), or `nil` when absent.
  func entry(at path: String, in tree: OpaquePointer) throws -> (
    id: git_oid, mode: UInt32, type: git_object_t
  )? {
    if path.isEmpty { return (git_tree_id(tree).pointee, GIT_FILEMODE_TREE.rawValue, GIT_OBJECT_TREE) }
    var entry: OpaquePointer?
    let rc = git_tree_entry_bypath(&entry, tree, path)
    if isCode(rc, GIT_ENOTFOUND) { return nil }
    try check("git_tree_entry_bypath", rc)
    // Owned entry (unlike byname/byindex): must be freed.
    defer { git_tree_entry_free(entry) }
    return (
      git_tree_entry_id(entry).pointee, git_tree_entry_filemode(entry).rawValue, git_tree_entry_type(entry)
    )
  }

  /// The subtree at `path` (`""` for the tree itself), or `nil` when absent or not a folder;
  /// the caller frees it with `git_tree_free`.
  func subtree(at path: String, in tree: OpaquePointer) throws -> OpaquePointer? {
    guard let found = try entry(at: path, in: tree), found.type == GIT_OBJECT_TREE else { return nil }
    var id = found.id
    var subtree: OpaquePointer?
    try check("git_tree_lookup", git_tree_lookup(&subtree, pointer, &id))
    return subtree
  }

  /// The bytes of a blob.
  /// - Throws: `GitError.notFound` when no blob has that id.
  func blobData(_ id: git_oid) throws -> Data {
    var id = id
    var blob: OpaquePointer?
    let rc = git_blob_lookup(&blob, pointer, &id)
    if isCode(rc, GIT_ENOTFOUND) {
      throw GitError.notFound(path: "blob \(id.hex)", revision: "the object database")
    }
    try check("git_blob_lookup", rc)
    defer { git_blob_free(blob) }
    let size = Int(git_blob_rawsize(blob))
    guard size > 0, let bytes = git_blob_rawcontent(blob) else { return Data() }
    return Data(bytes: bytes, count: size)
  }
}
