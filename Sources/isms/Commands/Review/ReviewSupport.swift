import Foundation
import GitStore
import ISMSCore

/// The document a review command acts on, read from the working tree with its history from git.
struct ReviewTarget {
  /// The ISMS context.
  let context: ISMSContext
  /// What was loaded to find the document: `isms.yml` and the document's file, or the whole ISMS
  /// when the reference could not be found more directly.
  let loaded: ISMSLoadResult
  /// The document.
  let document: Document
  /// Its bytes now.
  let data: Data
  /// The commit HEAD named before anything was read (`nil` when unborn): a commit made from what
  /// was read is refused if the branch moved meanwhile, so no concurrent write is lost.
  let base: String?
  /// The whole snapshot, when it was read to find the document.
  private let whole: (any Snapshot)?

  /// Finds `reference` (an id, any case, or a path relative to the ISMS root) in the working tree
  /// (or `--rev`).
  ///
  /// The same document as in the whole ISMS, without reading it all when it can be helped: a path
  /// names its file; an id is first looked for in the files named after it (`ID.md`, the
  /// convention of `isms`'s own writers), which is the answer when one of them holds exactly that
  /// id. Anything else (another case, no such file, an unreadable one) loads the whole ISMS, so
  /// the answer and the errors are those of a full load.
  init(_ reference: String, context: ISMSContext) throws {
    self.context = context
    do {
      base = try context.repository.resolve("HEAD").id
    } catch GitError.unbornHead {
      base = nil
    }
    if let found = try Self.direct(reference, context: context) {
      loaded = found.loaded
      document = found.document
      data = found.data
      whole = nil
      return
    }
    let snapshot = try context.snapshot()
    loaded = ISMS.load(from: snapshot)
    let isms = loaded.isms
    guard
      let document = isms.document(id: reference) ?? isms.document(atPath: reference)
        ?? isms.documents.first(where: { $0.id.lowercased() == reference.lowercased() })
    else {
      if let problem = loaded.diagnostics.first(where: { $0.path == reference && $0.severity == .error }) {
        let location = problem.line.map { "\(problem.path):\($0)" } ?? problem.path
        throw CLIError("\(location): \(problem.message); \(problem.fix); nothing was written.")
      }
      throw CLIError("no document with id or path '\(reference)' in the ISMS; 'isms status' lists them.")
    }
    self.document = document
    data = try snapshot.contents(of: document.path)
    whole = snapshot
  }

  /// The document `reference` names when its path or a file named after its id finds it, loaded
  /// with `isms.yml` alone; `nil` when the whole ISMS has to be read.
  private static func direct(_ reference: String, context: ISMSContext) throws
    -> (loaded: ISMSLoadResult, document: Document, data: Data)?
  {
    let repository = context.repository
    let root = context.rootInRepository
    func load(_ paths: [String]) throws -> (ISMSLoadResult, any Snapshot) {
      let listing = [ISMS.configPath] + paths
      let snapshot: any Snapshot =
        if let revision = context.revision {
          try repository.snapshot(at: revision, root: root, paths: listing)
        } else {
          try repository.workingTreeSnapshot(root: root, listing: listing)
        }
      // Without the front-matter cache: saving it after a two-file load would drop the records
      // of every other file.
      return (ISMS.load(from: UncachedSnapshot(base: snapshot)), snapshot)
    }
    if DocumentText.isDocumentPath(reference) {
      let (loaded, snapshot) = try load([reference])
      if let document = loaded.isms.document(atPath: reference) {
        return (loaded, document, try snapshot.contents(of: document.path))
      }
    }
    let named = try repository.files(named: reference + ".md", root: root, at: context.revision)
      .filter(DocumentText.isDocumentPath)
    guard !named.isEmpty else { return nil }
    let (loaded, snapshot) = try load(named)
    guard let document = loaded.isms.document(id: reference) else { return nil }
    return (loaded, document, try snapshot.contents(of: document.path))
  }

  /// The files of the ISMS in the working tree (or at `--rev`), as read to find the document.
  func snapshot() throws -> any Snapshot {
    try whole ?? context.snapshot()
  }

  /// Refuses to write a document that cannot be read cleanly (YAML or schema errors, such as a date
  /// that does not exist): the edit would be built on values `isms` could not check.
  /// - Throws: `CLIError` naming the file and line of the first such error.
  func refuseInvalidDocument() throws {
    guard
      let problem = loaded.diagnostics.first(where: {
        $0.path == document.path && $0.severity == .error && ($0.rule == "yaml" || $0.rule == "schema")
      })
    else { return }
    let location = problem.line.map { "\(problem.path):\($0)" } ?? problem.path
    throw CLIError(
      "\(location): \(problem.message); \(problem.fix), then run the command again; nothing was written.")
  }

  /// The configuration, which every review command needs.
  var config: ISMSConfig? { loaded.isms.config }

  /// The document's bytes in HEAD, `nil` when it is not committed.
  func committedData() throws -> Data? {
    do {
      return try context.repository.contents(of: document.path, root: context.rootInRepository, at: "HEAD")
    } catch GitError.unbornHead {
      return nil
    }
  }

  /// Whether the working-tree file differs from HEAD, as git sees it (a CRLF checkout of an LF
  /// commit does not).
  /// - Throws: `GitError.locked` when the difference may be another `isms` writing right now.
  func hasUncommittedChanges() throws -> Bool {
    let stored = try context.repository.cleaned(data, path: document.path, root: context.rootInRepository)
    guard try committedData() != stored else { return false }
    if context.repository.isWriteInProgress { throw GitError.locked(pid: 0) }
    return true
  }

  /// The commits that changed the document, newest first, each with the document as it left it.
  func history() throws -> [DocumentRevision] {
    let path = document.path
    return try context.repository.documentHistories(
      of: [path], root: context.rootInRepository, from: context.revision ?? "HEAD")[path] ?? []
  }

  /// Commits `text` as the new document, authored by the actor's person on the day of `--today`.
  func commit(_ text: String, message: String, by actor: ActingPerson) throws -> CommitInfo {
    try context.commit(
      [.write(path: document.path, contents: Data(text.utf8))], message: message, by: actor,
      base: base, reads: nil)
  }

  /// Refuses writing commands on `--rev`, which names history, not the working tree.
  static func refuseRevision(_ options: GlobalOptions, command: String) throws {
    if options.rev != nil {
      throw CLIError("isms review \(command) writes to the working tree and cannot take --rev; drop it.")
    }
  }
}

/// A snapshot that lends no front-matter cache to ``ISMS/load(from:)``.
private struct UncachedSnapshot: Snapshot {
  let base: any Snapshot
  var entries: [FileEntry] { base.entries }
  var origin: String { base.origin }
  var skipped: [SkippedFile] { base.skipped }
  func contents(of path: String) throws -> Data { try base.contents(of: path) }
}

extension ReviewRefusal {
  /// The refusal as a command-line error (exit 1, nothing written).
  var cliError: CLIError { CLIError(description + "; nothing was written.") }
}
