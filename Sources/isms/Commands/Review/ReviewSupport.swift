import Foundation
import GitStore
import ISMSCore

/// The document a review command acts on, read from the working tree with its history from git.
struct ReviewTarget {
  /// The ISMS context.
  let context: ISMSContext
  /// The working-tree snapshot the document was read from.
  let snapshot: any Snapshot
  /// The whole ISMS as loaded from it.
  let loaded: ISMSLoadResult
  /// The document.
  let document: Document
  /// Its bytes now.
  let data: Data
  /// The commit HEAD named before anything was read (`nil` when unborn): a commit made from what
  /// was read is refused if the branch moved meanwhile, so no concurrent write is lost.
  let base: String?

  /// Finds `reference` (an id, any case, or a path relative to the ISMS root) in the working tree
  /// (or `--rev`).
  init(_ reference: String, context: ISMSContext) throws {
    self.context = context
    do {
      base = try context.repository.resolve("HEAD").id
    } catch GitError.unbornHead {
      base = nil
    }
    snapshot = try context.snapshot()
    loaded = ISMS.load(from: snapshot)
    let isms = loaded.isms
    guard
      let document = isms.document(id: reference) ?? isms.document(atPath: reference)
        ?? isms.documents.first(where: { $0.id.lowercased() == reference.lowercased() })
    else {
      if let problem = loaded.diagnostics.first(where: { $0.path == reference && $0.severity == .error }) {
        let location = problem.line.map { "\(problem.path):\($0)" } ?? problem.path
        throw CLIError(
          DiagnosticText.printable("\(location): \(problem.message); \(problem.fix); nothing was written."))
      }
      throw CLIError("no document with id or path '\(reference)' in the ISMS; 'isms status' lists them.")
    }
    self.document = document
    data = try snapshot.contents(of: document.path)
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
      DiagnosticText.printable(
        "\(location): \(problem.message); \(problem.fix), then run the command again; nothing was written."))
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

  /// Whether the working-tree file differs from HEAD.
  /// - Throws: `GitError.locked` when the difference may be another `isms` writing right now.
  func hasUncommittedChanges() throws -> Bool {
    guard try committedData() != data else { return false }
    if context.repository.isWriteInProgress { throw GitError.locked(pid: 0) }
    return true
  }

  /// The commits that changed the document, newest first, each with the document as it left it.
  func history() throws -> [DocumentRevision] {
    let repository = context.repository
    let root = context.rootInRepository
    let start = context.revision ?? "HEAD"
    return try repository.history(of: document.path, root: root, from: start).map { commit in
      let bytes = try repository.contents(of: document.path, root: root, at: commit.id)
      return DocumentRevision(commit, document: DocumentText.read(bytes, path: document.path))
    }
  }

  /// Commits `text` as the new document, authored by `person` on the day of `--today`.
  func commit(_ text: String, message: String, by person: Person, today option: String?) throws -> CommitInfo
  {
    let stamp = CommitStamp.forDay(today: option, day: context.today)
    return try context.repository.commit(
      [.write(path: document.path, contents: Data(text.utf8))], root: context.rootInRepository,
      message: message,
      author: Acting.identity(of: person), date: stamp.date, timeZoneOffsetMinutes: stamp.offsetMinutes,
      expectedParent: base)
  }

  /// Refuses writing commands on `--rev`, which names history, not the working tree.
  static func refuseRevision(_ options: GlobalOptions, command: String) throws {
    if options.rev != nil {
      throw CLIError("isms review \(command) writes to the working tree and cannot take --rev; drop it.")
    }
  }
}

extension DocumentRevision {
  /// A revision from a commit of GitStore and the document it left.
  init(_ commit: CommitInfo, document: Document?) {
    self.init(
      commitID: commit.id, author: commit.author, date: commit.authorDate,
      timeZoneOffsetMinutes: commit.authorTimeZoneOffsetMinutes, summary: commit.summary,
      trailers: commit.trailers.map { (key: $0.key, value: $0.value) }, document: document)
  }
}

extension ReviewRefusal {
  /// The refusal as a command-line error (exit 1, nothing written).
  var cliError: CLIError { CLIError(description + "; nothing was written.") }
}
