import Clibgit2
import Foundation

/// Everything that can go wrong in `GitStore`, with a one-line message for users.
public enum GitError: Error, CustomStringConvertible, Sendable, Equatable {
  /// A libgit2 call failed: the function, its return code, libgit2's error class and its own message.
  case libgit2(operation: String, code: Int32, errorClass: Int32, message: String)
  /// No git repository contains `path`.
  case notARepository(path: String)
  /// The repository at `path` belongs to another user, so git's `safe.directory` check refuses it.
  case notOwned(path: String)
  /// The history needed is cut off: the clone is shallow.
  case shallowClone(gitDirectory: String)
  /// The repository has no working tree, and the operation needs one.
  case bareRepository(gitDirectory: String)
  /// The revision names nothing in this repository.
  case unknownRevision(String)
  /// A short id or name matches more than one object.
  case ambiguousRevision(String)
  /// The revision names an object that is not, and does not lead to, a commit.
  case notACommit(String)
  /// The current branch has no commits yet.
  case unbornHead(branch: String)
  /// HEAD points at a commit rather than a branch, so there is no branch to commit on.
  case detachedHead
  /// `path` does not exist at `revision` (or in the working tree, when `revision` says so).
  case notFound(path: String, revision: String)
  /// A path given to `GitStore` is unsafe or malformed.
  case invalidPath(String, reason: String)
  /// These paths have uncommitted changes of their own, so writing them would lose work.
  case dirty(paths: [String])
  /// The working tree has something in the way of a file to write (a folder, a link).
  case workingTreeConflict(path: String, reason: String)
  /// The changes would not change anything.
  case nothingToCommit
  /// The commit message is empty once cleaned up.
  case emptyMessage
  /// Neither `user.name` nor `user.email` is configured.
  case noIdentity
  /// Another process holds `<gitdir>/isms.lock`.
  case locked(pid: Int32)
  /// The branch moved between reading it and updating it.
  case concurrentUpdate(branch: String)
  /// A file-system call failed.
  case io(operation: String, path: String, errno: Int32)
  /// A string that should be a 40-digit object id is not one.
  case invalidObjectID(String)
  /// A commit failed and undoing its partial effects failed too.
  case rollbackFailed(original: String, problems: [String])

  /// Whether trying again later may succeed (the repository was busy).
  public var isBusy: Bool {
    switch self {
    case .locked, .concurrentUpdate: return true
    default: return false
    }
  }

  /// The libgit2 error code (`GIT_ENOTFOUND`, …) when libgit2 reported the error, else `nil`.
  public var libgit2Code: Int32? {
    if case .libgit2(_, let code, _, _) = self { return code }
    return nil
  }

  /// One line for users: what failed and what to do.
  public var description: String {
    switch self {
    case .libgit2(let operation, let code, let errorClass, let message):
      return "git operation \(operation) failed: \(message) (libgit2 code \(code), class \(errorClass))"
    case .notARepository(let path):
      return "not inside a git repository: \(path); run from the ISMS repository or create one first"
    case .notOwned(let path):
      return
        "the repository \(path) belongs to another user, so git's ownership check (safe.directory) "
        + "refuses to open it; if you trust it, run 'git config --global --add safe.directory \(path)'"
    case .shallowClone(let gitDirectory):
      return
        "the history isms needs is missing because the clone is shallow (\(gitDirectory)/shallow); fetch the "
        + "full history with 'git fetch --unshallow' (in CI: actions/checkout with fetch-depth: 0)"
    case .bareRepository(let gitDirectory):
      return "the repository \(gitDirectory) has no working tree; use a clone with a checkout"
    case .unknownRevision(let revision):
      return "unknown revision '\(revision)'; give a branch, tag, commit id or an expression like HEAD~1"
    case .ambiguousRevision(let revision):
      return "ambiguous revision '\(revision)'; give more digits of the commit id"
    case .notACommit(let revision):
      return "revision '\(revision)' does not name a commit; give a branch, tag or commit id"
    case .unbornHead(let branch):
      return "the repository has no commits yet (branch '\(branch)' is empty); make a first commit"
    case .detachedHead:
      return "HEAD is detached (not on a branch); check out a branch, then try again"
    case .notFound(let path, let revision):
      return "'\(path)' does not exist at \(revision); check the path and the ISMS root"
    case .invalidPath(let path, let reason):
      return "invalid path '\(path.replacingOccurrences(of: "\0", with: "\\0"))': \(reason)"
    case .dirty(let paths):
      return "uncommitted changes in \(paths.joined(separator: ", ")); commit or discard them, then try again"
    case .workingTreeConflict(let path, let reason):
      return "cannot write \(path): \(reason); move it away, then try again"
    case .nothingToCommit:
      return "nothing to commit: the changes leave every file as it is"
    case .emptyMessage:
      return "the commit message is empty; give a message"
    case .noIdentity:
      return "no git identity: set user.name and user.email, or pass --by PERSON"
    case .locked(let pid):
      return "busy: another isms is writing to this repository (pid \(pid)); try again"
    case .concurrentUpdate(let branch):
      return "busy: the repository changed while committing (branch \(branch) moved), try again"
    case .io(let operation, let path, let code):
      return
        "could not \(operation) \(path): \(String(cString: strerror(code))); check permissions and free space"
    case .invalidObjectID(let id):
      return "'\(id)' is not a 40-digit git object id"
    case .rollbackFailed(let original, let problems):
      return "\(original); undoing it also failed (\(problems.joined(separator: "; "))); check `git status`"
    }
  }

  /// The git directory of a shallow clone this process opened (`git clone --depth`): an object
  /// missing there is history the clone does not have, and the error says so.
  static let shallowGitDirectory = LockedValue<String?>(nil)

  /// Builds the error for a libgit2 call that returned `code` (< 0), reading libgit2's thread-local
  /// last error, which may be NULL in 1.5.
  static func fromLibgit2(_ operation: String, code: Int32) -> GitError {
    var errorClass: Int32 = 0
    var message = "no details from libgit2"
    if let last = git_error_last() {
      errorClass = last.pointee.klass
      let text = swiftString(last.pointee.message)
      if !text.isEmpty { message = text }
    }
    if isCode(code, GIT_ENOTFOUND), errorClass == Int32(GIT_ERROR_ODB.rawValue),
      let shallow = shallowGitDirectory.value
    {
      return .shallowClone(gitDirectory: shallow)
    }
    let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    return .libgit2(operation: operation, code: code, errorClass: errorClass, message: oneLine)
  }

  /// Builds the error for a failed POSIX call from the current `errno`.
  static func posix(_ operation: String, _ path: String) -> GitError {
    .io(operation: operation, path: path, errno: errno)
  }
}

/// A value read and written from any thread under a lock.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value

  init(_ value: Value) { stored = value }

  /// The value now; setting it replaces it.
  var value: Value {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
