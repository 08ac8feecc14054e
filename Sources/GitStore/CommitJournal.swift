import Clibgit2
import Foundation

/// What a commit in progress is about to do to the working tree, written into the lock file before
/// the first temporary file exists, so that the next writer can finish or undo it after a crash.
struct CommitJournal: Codable, Equatable {
  /// A temporary file and the file it becomes.
  struct Staged: Codable, Equatable {
    /// The absolute path of the temporary file.
    let temporary: String
    /// The target, relative to the working directory.
    let target: String
  }

  /// The branch the commit moves (`refs/heads/…`).
  let branch: String
  /// The new commit's id.
  let commit: String
  /// The files written through temporary files.
  let staged: [Staged]
  /// The files removed, relative to the working directory.
  let deleted: [String]
}

extension GitRepository {
  /// Finishes or undoes the commit of an `isms` process that died while holding the lock.
  ///
  /// Does nothing (one `lstat`) when there is no lock file. When its holder is dead: if the branch
  /// points at the journaled commit, moves the staged files into place, removes deleted ones and
  /// updates their index entries; otherwise removes the staged files. Either way it removes the
  /// index and branch lock files libgit2 held for the dead writer. Then removes the lock.
  /// A live writer's lock is left alone.
  /// - Returns: whether an interrupted commit was found.
  /// - Throws: libgit2 or I/O errors.
  @discardableResult
  public func recoverInterruptedCommit() throws -> Bool {
    var info = stat()
    guard lstat(gitDirectory + "/isms.lock", &info) == 0 else { return false }
    let lock: RepositoryLock
    do {
      lock = try RepositoryLock.acquire(gitDirectory: gitDirectory)
    } catch GitError.locked {
      return false
    }
    defer { lock.release() }
    try finish(lock.staleJournal)
    return lock.staleJournal != nil
  }

  /// Completes (branch moved) or undoes (branch not moved) the working-tree half of `journal`.
  func finish(_ journal: CommitJournal?) throws {
    guard let journal, let workdir = workingDirectory else { return }
    // The interrupted writer may have died while libgit2 held the index lock; we hold the
    // repository lock and the journal, so that index.lock is its leftover, not someone's live write.
    if unlink(gitDirectory + "/index.lock") != 0, errno != ENOENT {
      throw GitError.posix("remove the stale index lock", gitDirectory + "/index.lock")
    }
    let branch = try currentBranch()
    if branch.name == journal.branch { try removeStaleReferenceLock(branch.name, commit: journal.commit) }
    let landed = branch.name == journal.branch && branch.target?.hex == journal.commit
    for staged in journal.staged {
      guard GitPath.isSafeRelative(staged.target), staged.temporary.hasPrefix(workdir + "/") else { continue }
      if landed {
        if rename(staged.temporary, workdir + "/" + staged.target) != 0, errno != ENOENT {
          throw GitError.posix("move into place", staged.target)
        }
      } else if unlink(staged.temporary) != 0, errno != ENOENT {
        throw GitError.posix("remove", staged.temporary)
      }
    }
    guard landed else { return }
    var index: OpaquePointer?
    try check("git_repository_index", git_repository_index(&index, pointer))
    defer { git_index_free(index) }
    try check("git_index_read", git_index_read(index, 1))
    for staged in journal.staged where GitPath.isSafeRelative(staged.target) {
      try check("git_index_add_bypath", git_index_add_bypath(index, staged.target))
    }
    for path in journal.deleted where GitPath.isSafeRelative(path) {
      if unlink(workdir + "/" + path) != 0, errno != ENOENT { throw GitError.posix("remove", path) }
      try check("git_index_remove_bypath", git_index_remove_bypath(index, path))
    }
    try check("git_index_write", git_index_write(index))
  }

  /// Removes `<branch>.lock` when the interrupted writer left it. libgit2 moves a branch by creating
  /// that file, appending to the reflogs, writing the new id into it and renaming it over the
  /// branch; a writer killed in between leaves it behind, and every later update of the branch
  /// would fail as "busy" until someone deletes it by hand. The file is the dead writer's when it
  /// is empty or names the journal's commit (moving forward) or its parent (undoing a failed
  /// commit); a lock naming anything else belongs to a live `git`, and is left alone.
  private func removeStaleReferenceLock(_ branch: String, commit: String) throws {
    var common = swiftString(git_repository_commondir(pointer))
    if !common.hasSuffix("/") { common += "/" }
    let path = common + branch + ".lock"
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let named = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    let parents = (try? resolve(commit).parentIDs) ?? []
    guard named.isEmpty || named == commit || parents.contains(named) else { return }
    if unlink(path) != 0, errno != ENOENT { throw GitError.posix("remove the stale branch lock", path) }
  }
}

extension GitRepository {
  /// Whether a live `isms` process holds the write lock now, so that a caller who sees the working
  /// tree change under it can say "busy, try again" instead of blaming the user.
  public var isWriteInProgress: Bool {
    guard let pid = RepositoryLock.readPID(gitDirectory + "/isms.lock"), pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
