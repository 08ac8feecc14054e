import Foundation
import GitStore
import ISMSCore

/// The working tree an authoring command (`soa decide`, `people add`, `new`, …) edits: the ISMS as
/// loaded, the acting person, and one commit of the files it writes, made only when the ISMS has
/// no error afterwards that it did not have before.
struct AuthoringSession {
  let context: ISMSContext
  /// The commit HEAD named before anything was read; the commit builds on it or is refused.
  let base: String?
  /// The files as read, checked against `base` before committing.
  let record: ReadRecord
  /// The ISMS as it is.
  let loaded: ISMSLoadResult
  let global: GlobalOptions

  /// Opens the ISMS of `global` for `command` (its name in messages); refuses `--rev`.
  init(_ global: GlobalOptions, command: String) throws {
    if global.rev != nil {
      throw CLIError("isms \(command) writes to the working tree and cannot take --rev; drop it.")
    }
    self.global = global
    context = try ISMSContext(global)
    base = try context.head()
    record = ReadRecord(try context.snapshot())
    loaded = ISMS.load(from: record)
  }

  var isms: ISMS { loaded.isms }

  /// The configuration, or the error that says to fix `isms.yml` first.
  func config() throws -> ISMSConfig {
    guard let config = isms.config else {
      throw CLIError("isms.yml cannot be read; run 'isms validate' and fix it first; nothing was written.")
    }
    return config
  }

  /// Who acts (`--by`, else the git identity's person) and who runs `isms`; refused when the
  /// person left (`x-left`, written by `isms people leave`).
  func actor(_ options: ActorOptions) throws -> ActingPerson {
    let actor = try Acting.actor(options, config: isms.config, repository: context.repository)
    let person = actor.person
    let entry = isms.config?.fields.first { $0.key == "people" }?.value.elements?.first {
      $0["id"]?.text == person.id
    }
    if let left = entry?["x-left"]?.text {
      throw CLIError(
        "\(person.id) left on \(left) ('isms people leave'); act as someone else with --by; nothing was written."
      )
    }
    return actor
  }

  /// A file's current text.
  func text(of path: String) throws -> String {
    String(decoding: try record.contents(of: path), as: UTF8.self)
  }

  /// Refuses to edit a file that cannot be read cleanly (YAML or schema errors): the edit would be
  /// built on values `isms` could not check.
  /// - Throws: `CLIError` naming the file, line and problem.
  func refuseUnreadable(_ path: String) throws {
    guard
      let problem = loaded.diagnostics.first(where: {
        $0.path == path && $0.severity == .error
          && ($0.rule == "yaml" || $0.rule == "schema")
      })
    else { return }
    let location = problem.line.map { "\(problem.path):\($0)" } ?? problem.path
    throw CLIError(
      "\(location): \(problem.message); \(problem.fix), then run the command again; nothing was written.")
  }

  /// The errors the ISMS would have with `files` written (path → whole text) that it has not now.
  func newErrors(_ files: [(path: String, text: String)]) throws -> [Diagnostic] {
    let catalogs = try TemplateFiles.catalogs()
    func key(_ diagnostic: Diagnostic) -> String {
      "\(diagnostic.path)\u{1F}\(diagnostic.field ?? "")\u{1F}\(diagnostic.rule)\u{1F}\(diagnostic.message)"
    }
    let before = Set(
      Validator.validate(snapshot: record.source, catalogs: catalogs, today: context.today).diagnostics
        .filter { $0.severity == .error }.map(key))
    let overlay = WorkflowOverlay(
      record.source,
      changes: files.map {
        WorkflowChange(record: $0.path, path: $0.path, text: $0.text, event: "", from: nil, to: "")
      })
    return Validator.validate(snapshot: overlay, catalogs: catalogs, today: context.today).diagnostics
      .filter { $0.severity == .error && !before.contains(key($0)) }
  }

  /// Rules whose errors are work still to do elsewhere rather than a wrong value in the files
  /// written: R34, an applicable control that needs a document listing it; V3, a critical
  /// supplier's current report still to record; V5, a report's exception still to assess in a
  /// supplier review. Recording comes first; the error stays for `isms validate` and is shown as a note.
  static let deferredRules: Swift.Set<String> = ["R34", "V3", "V5"]

  /// Refuses `files` when they would add errors to the ISMS, naming the first (file, line, fix);
  /// new errors of ``deferredRules`` are printed as notes instead.
  func refuseNewErrors(_ files: [(path: String, text: String)]) throws {
    let all = try newErrors(files)
    let errors = all.filter { !Self.deferredRules.contains($0.rule) }
    guard let first = errors.first else { return Self.printNotes(all) }
    throw CLIError(
      "refused (\(first.rule)): \(Self.describe(first))"
        + (errors.count > 1 ? " (and \(errors.count - 1) more)" : "")
        + "; nothing was written.")
  }

  /// `path:line message — fix`.
  static func describe(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.path):\(diagnostic.line.map(String.init) ?? "1") \(diagnostic.message) — \(diagnostic.fix)"
  }

  /// Prints the new errors of ``deferredRules`` among `diagnostics` as notes on standard error.
  static func printNotes(_ diagnostics: [Diagnostic]) {
    for note in diagnostics where deferredRules.contains(note.rule) {
      Console.err("note (\(note.rule)): \(describe(note))")
    }
  }

  /// Commits `files` as one commit authored by `actor`'s person and committed by the runner,
  /// dated the day of `--today`, built on ``base``; refused when another writer moved the branch
  /// or a file has uncommitted changes.
  /// `attachments` are files committed with their bytes as they are (an evidence record's files).
  func commit(
    _ files: [(path: String, text: String)], attachments: [(path: String, contents: Data)] = [],
    message: String, by actor: ActingPerson
  ) throws -> CommitInfo {
    let changes = files.map { (path: $0.path, contents: Data($0.text.utf8)) } + attachments
    return try context.commit(
      changes.map { .write(path: $0.path, contents: $0.contents) }, message: message, by: actor, base: base,
      reads: record)
  }

  /// Runs `body`, turning a refused front-matter edit into a one-line error.
  static func editing<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as FrontMatterEditError {
      throw CLIError("\(path): \(error); nothing was written.")
    }
  }
}
