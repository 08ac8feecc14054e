import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The exclusive `<gitdir>/isms.lock` that serialises writers, holding the writer's pid.
///
/// Created with `O_CREAT|O_EXCL`; the holder also keeps an `flock` on it, so a lock left by a
/// crashed process can be taken over by exactly one successor. Released (file removed) by `release()`.
final class RepositoryLock {
  /// The lock file's path.
  let path: String
  /// The journal a dead holder left in the lock file, when this lock was taken over from it.
  let staleJournal: CommitJournal?
  private var descriptor: Int32

  private init(path: String, descriptor: Int32, staleJournal: CommitJournal? = nil) {
    self.path = path
    self.descriptor = descriptor
    self.staleJournal = staleJournal
  }

  deinit {
    release()
  }

  /// Takes the lock for the repository whose git directory is `gitDirectory`.
  /// - Throws: `GitError.locked(pid:)` when a live process holds it, `.io` when it cannot be created.
  static func acquire(gitDirectory: String) throws -> RepositoryLock {
    let path = gitDirectory + "/isms.lock"
    let ownPID = getpid()
    for _ in 0..<5 {
      let created = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
      if created >= 0 {
        guard flock(created, LOCK_EX | LOCK_NB) == 0 else {
          // Someone judged our fresh, still empty file stale and took it over first: they hold it.
          close(created)
          throw GitError.locked(pid: readPID(path) ?? 0)
        }
        let lock = RepositoryLock(path: path, descriptor: created)
        try lock.writePID(ownPID)
        return lock
      }
      guard errno == EEXIST else { throw GitError.posix("create the lock file", path) }

      let existing = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
      if existing < 0 {
        if errno == ENOENT { continue }
        throw GitError.posix("open the lock file", path)
      }
      let holder = readPID(path)
      guard flock(existing, LOCK_EX | LOCK_NB) == 0 else {
        close(existing)
        throw GitError.locked(pid: holder ?? 0)
      }
      // We hold the flock; make sure the path still names this file (not removed and recreated meanwhile).
      var opened = stat()
      var current = stat()
      guard fstat(existing, &opened) == 0, lstat(path, &current) == 0,
        opened.st_ino == current.st_ino, opened.st_dev == current.st_dev
      else {
        close(existing)
        continue
      }
      let pid = readPID(path)
      if let pid, pid > 0, isAlive(pid) {
        close(existing)
        throw GitError.locked(pid: pid)
      }
      // Stale: its writer is gone. Take it over in place. Its journal stays in the file until the
      // recovery is done, so that a successor killed while recovering leaves it to the next one.
      let journal = readJournal(path)
      let lock = RepositoryLock(path: path, descriptor: existing, staleJournal: journal)
      try lock.writePID(ownPID, journal: journal.flatMap { try? encoded($0) } ?? Data())
      return lock
    }
    throw GitError.locked(pid: readPID(path) ?? 0)
  }

  /// Removes the lock file and drops the lock; safe to call twice.
  func release() {
    guard descriptor >= 0 else { return }
    unlink(path)
    close(descriptor)
    descriptor = -1
  }

  /// Writes what the commit is about to do after the pid, durably, before it does it.
  /// - Throws: `GitError.io` when the lock file cannot be written.
  func record(_ journal: CommitJournal) throws {
    try writePID(getpid(), journal: (try? Self.encoded(journal)) ?? Data())
  }

  private static func encoded(_ journal: CommitJournal) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(journal)
  }

  // Overwrites in place, then cuts what is left of a longer old text: truncating first would leave
  // an empty file, and the journal lost, when this process is killed between the two calls (a
  // successor taking over a crashed commit rewrites the journal it has to finish). Readers take
  // the first two lines only, so a tail of the old text never matters.
  private func writePID(_ pid: Int32, journal: Data = Data()) throws {
    var text = Array("\(pid)\n".utf8)
    if !journal.isEmpty { text += Array(journal) + [0x0A] }
    let written = text.withUnsafeBytes { bytes in pwrite(descriptor, bytes.baseAddress, bytes.count, 0) }
    if written != text.count || ftruncate(descriptor, off_t(text.count)) != 0
      || (!journal.isEmpty && fsync(descriptor) != 0)
    {
      let error = GitError.posix("write the lock file", path)
      release()
      throw error
    }
  }

  /// The pid written in the lock file at `path`, if it holds one.
  static func readPID(_ path: String) -> Int32? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let first = data.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false).first ?? Data()
    return Int32(String(decoding: first, as: UTF8.self).trimmingCharacters(in: .whitespaces))
  }

  /// The journal on the second line of the lock file at `path`, if it holds one.
  static func readJournal(_ path: String) -> CommitJournal? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let lines = data.split(separator: 0x0A, maxSplits: 2, omittingEmptySubsequences: false)
    guard lines.count >= 2 else { return nil }
    return try? JSONDecoder().decode(CommitJournal.self, from: Data(lines[1]))
  }

  /// Whether an `isms` process with that pid exists. A live pid running another program is a
  /// reused pid (pids wrap at 32768 on Linux), so the lock it names is stale.
  private static func isAlive(_ pid: Int32) -> Bool {
    guard kill(pid, 0) == 0 || errno == EPERM else { return false }
    guard let own = executable("/proc/self/exe"), let theirs = executable("/proc/\(pid)/exe") else {
      return true
    }
    return own == theirs
  }

  private static func executable(_ link: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(link, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
