import Clibgit2
import Foundation

/// The working-tree half of a commit: stages new files as temporary files, moves them into place,
/// removes deleted files, and can undo all of it from HEAD's blobs.
final class WorkingTreeUpdate {
  private enum Applied {
    case replaced(CommitItem)
    case removed(CommitItem)
  }

  private let repository: GitRepository
  private let workdir: String
  private var createdDirectories: [String] = []
  private var staged: [String: (temporary: String, info: stat)] = [:]
  private var reserved: [String: String] = [:]
  private var applied: [Applied] = []
  private var counter = 0

  /// Prepares an update of the working tree at `workdir`.
  init(repository: GitRepository, workdir: String) {
    self.repository = repository
    self.workdir = workdir
  }

  /// Names the temporary file of every write in advance, for the journal.
  func reserve(_ items: [CommitItem]) -> [CommitJournal.Staged] {
    items.filter { $0.contents != nil }.map { item in
      counter += 1
      let folder = (absolute(item.path) as NSString).deletingLastPathComponent
      let temporary = folder + "/.isms-\(getpid())-\(counter).tmp"
      reserved[item.path] = temporary
      return CommitJournal.Staged(temporary: temporary, target: item.path)
    }
  }

  /// Writes `contents` to a temporary file in the target's folder, creating folders as needed.
  func stage(_ item: CommitItem, contents: Data) throws {
    try makeParents(of: item.path, record: true)
    let temporary: String
    if let name = reserved[item.path] {
      temporary = name
    } else {
      counter += 1
      let folder = (absolute(item.path) as NSString).deletingLastPathComponent
      temporary = folder + "/.isms-\(getpid())-\(counter).tmp"
    }
    let info = try Self.writeNew(
      temporary, contents: contents, executable: item.mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue)
    staged[item.path] = (temporary, info)
  }

  /// The `lstat` of the staged file for `path`, for the index entry.
  func stagedStat(of path: String) -> stat? {
    staged[path]?.info
  }

  /// Moves the staged file into place, or removes the file of a deletion (and folders it empties).
  func apply(_ item: CommitItem) throws {
    let target = absolute(item.path)
    if item.contents != nil {
      guard let temporary = staged[item.path]?.temporary else { return }
      guard rename(temporary, target) == 0 else { throw GitError.posix("move into place", target) }
      staged[item.path] = nil
      applied.append(.replaced(item))
    } else {
      guard unlink(target) == 0 || errno == ENOENT else { throw GitError.posix("remove", target) }
      applied.append(.removed(item))
      for ancestor in GitPath.ancestors(of: item.path).reversed() where rmdir(absolute(ancestor)) != 0 {
        break
      }
    }
  }

  /// Undoes everything done so far and returns what could not be undone.
  func rollBack() -> [String] {
    var problems: [String] = []
    for step in applied.reversed() {
      do {
        switch step {
        case .replaced(let item):
          if item.head != nil {
            try restore(item)
          } else if unlink(absolute(item.path)) != 0 && errno != ENOENT {
            throw GitError.posix("remove", absolute(item.path))
          }
        case .removed(let item):
          try makeParents(of: item.path, record: false)
          try restore(item)
        }
      } catch {
        problems.append("\(error)")
      }
    }
    applied = []
    for (_, file) in staged where unlink(file.temporary) != 0 && errno != ENOENT {
      problems.append("\(GitError.posix("remove", file.temporary))")
    }
    staged = [:]
    for folder in createdDirectories.reversed() where rmdir(folder) != 0 && errno != ENOENT {
      problems.append("\(GitError.posix("remove folder", folder))")
    }
    createdDirectories = []
    return problems
  }

  private func absolute(_ path: String) -> String {
    workdir + "/" + path
  }

  /// Writes HEAD's version of the item back in place.
  private func restore(_ item: CommitItem) throws {
    guard let head = item.head else { return }
    counter += 1
    let target = absolute(item.path)
    let temporary = (target as NSString).deletingLastPathComponent + "/.isms-\(getpid())-\(counter).tmp"
    _ = try Self.writeNew(
      temporary, contents: try repository.blobData(head.id),
      executable: head.mode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue)
    guard rename(temporary, target) == 0 else {
      unlink(temporary)
      throw GitError.posix("restore", target)
    }
  }

  private func makeParents(of path: String, record: Bool) throws {
    var info = stat()
    for ancestor in GitPath.ancestors(of: path) {
      let folder = absolute(ancestor)
      if lstat(folder, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          throw GitError.workingTreeConflict(
            path: ancestor, reason: "a file or link is where a folder must be")
        }
        continue
      }
      guard mkdir(folder, 0o777) == 0 else { throw GitError.posix("create folder", folder) }
      if record { createdDirectories.append(folder) }
    }
  }

  /// Creates `path` (which must not exist), writes and syncs `contents`, and returns its `lstat`.
  private static func writeNew(_ path: String, contents: Data, executable: Bool) throws -> stat {
    let descriptor = open(
      path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, executable ? 0o777 : 0o666)
    guard descriptor >= 0 else { throw GitError.posix("create", path) }
    var info = stat()
    let ok = contents.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return fsync(descriptor) == 0 && fstat(descriptor, &info) == 0
    }
    let error = GitError.posix("write", path)
    close(descriptor)
    guard ok else {
      unlink(path)
      throw error
    }
    return info
  }
}
