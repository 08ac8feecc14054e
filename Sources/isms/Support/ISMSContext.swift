import Foundation
import GitStore
import ISMSCore

/// What a command needs to read the ISMS: its repository, where its root is, and what day it is.
struct ISMSContext {
  /// The git repository that holds the ISMS.
  let repository: GitRepository
  /// The ISMS root (the folder with `isms.yml`), absolute.
  let root: URL
  /// The ISMS root relative to the top of the repository ("" when it is the top).
  let rootInRepository: String
  /// The day every date rule uses, and who gave it.
  let clock: Today
  /// The revision to read, or `nil` for the working tree.
  let revision: String?

  /// Finds the ISMS from `--repo` or the current folder.
  init(_ options: GlobalOptions) throws {
    try self.init(repo: options.repo, rev: options.rev, today: options.today)
  }

  /// Finds the ISMS from `repo` or the current folder; `rev` and `today` as ``GlobalOptions`` has them.
  init(repo: String?, rev: String?, today: Day?) throws {
    let start = URL(
      fileURLWithPath: repo ?? FileManager.default.currentDirectoryPath, isDirectory: true
    ).standardizedFileURL
    guard FileManager.default.fileExists(atPath: start.path) else {
      throw CLIError("\(start.path) does not exist; pass --repo with the ISMS folder.")
    }
    let repository = try GitRepository.discover(from: start.path)
    guard let workdir = repository.workingDirectory else {
      throw CLIError(
        "\(repository.gitDirectory) is a bare repository; run isms in a clone with a working tree.")
    }
    let top = URL(fileURLWithPath: workdir, isDirectory: true).standardizedFileURL
    guard let root = ISMSContext.findRoot(from: start, top: top) else {
      throw CLIError(
        "no isms.yml in \(start.path) or the folders above it up to \(top.path); "
          + "run 'isms init' to create an ISMS, or pass --repo with its folder.")
    }
    repository.enableFrontMatterCache()
    self.repository = repository
    self.root = root
    self.rootInRepository = ISMSContext.relativePath(of: root, under: top)
    self.clock = try Today.resolve(option: today)
    self.revision = rev
    // A writer killed mid-commit leaves its journal in the lock; finish its work before reading.
    if rev == nil { try repository.recoverInterruptedCommit() }
  }

  /// The day every date rule uses.
  var today: Day { clock.day }

  /// The files of the ISMS at `--rev`, or in the working tree.
  func snapshot() throws -> Snapshot {
    if let revision {
      return try repository.snapshot(at: revision, root: rootInRepository)
    }
    return try repository.workingTreeSnapshot(root: rootInRepository)
  }

  /// The commit HEAD names now, `nil` while its branch is unborn. A writer reads it before the
  /// files it edits and commits with it as `expectedParent`, so that a commit another writer made
  /// meanwhile is refused as busy instead of overwritten.
  func head() throws -> String? {
    do {
      return try repository.resolve("HEAD").id
    } catch GitError.unbornHead {
      return nil
    }
  }

  /// Refuses, as busy, a commit of `paths` built on reads that another writer's commit overtook.
  ///
  /// `expectedParent` keeps the branch where it was, and the commit refuses a path whose working
  /// file differs from HEAD; what is left is a writer that moved the branch before `base` was read
  /// but put its files in place after this one read them. So each path must be in `base` as it was
  /// read from `record` (absent when the snapshot did not list it). A path that differs and has
  /// uncommitted changes now is left to the commit, which refuses it with its own message.
  /// - Throws: `CLIError` saying busy, try again.
  func refuseStaleReads(of paths: [String], in record: ReadRecord, base: String?) throws {
    let listed = Set(record.entries.map(\.path))
    for path in paths {
      let read: Data?
      if let bytes = record.read[path] {
        read = try repository.cleaned(bytes, path: path, root: rootInRepository)
      } else if listed.contains(path) {
        continue
      } else {
        read = nil
      }
      let committed = try base.flatMap { try repository.contents(of: path, root: rootInRepository, at: $0) }
      if committed == read { continue }
      if try repository.isDirty(path, root: rootInRepository) { continue }
      throw CLIError(
        "busy: another isms committed \(path) while it was being read; try again; nothing was written.")
    }
  }

  private static func findRoot(from start: URL, top: URL) -> URL? {
    var folder = start
    while true {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("isms.yml").path) {
        return folder
      }
      if folder.path == top.path || folder.path == "/" { return nil }
      folder = folder.deletingLastPathComponent().standardizedFileURL
    }
  }

  private static func relativePath(of folder: URL, under top: URL) -> String {
    let folderPath = folder.path
    let topPath = top.path
    guard folderPath != topPath, folderPath.hasPrefix(topPath) else { return "" }
    return String(folderPath.dropFirst(topPath.count).drop(while: { $0 == "/" }))
  }
}
