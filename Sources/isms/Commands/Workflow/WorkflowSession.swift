import Foundation
import GitStore
import ISMSCore

/// The working tree a workflow command reads and writes: the ISMS as loaded, the acting person,
/// and one validated commit for the records it changes.
struct WorkflowSession {
  let context: ISMSContext
  let snapshot: any Snapshot
  /// The commit HEAD named before anything was read; the commit builds on it or is refused.
  let base: String?
  /// The records read to edit them, checked against `base` before committing.
  let edited: ReadRecord
  let facts: WorkflowFacts
  let global: GlobalOptions

  /// Opens the ISMS of `global`; writing commands refuse `--rev`.
  init(_ global: GlobalOptions, writing: Bool = true) throws {
    if writing, global.rev != nil {
      throw CLIError("workflow commands write to the working tree and cannot take --rev; drop it.")
    }
    self.global = global
    context = try ISMSContext(global)
    base = try context.head()
    snapshot = try context.snapshot()
    edited = ReadRecord(snapshot)
    facts = WorkflowFacts(isms: ISMS.load(from: snapshot).isms, today: context.today)
  }

  /// Who acts (`--by`, else the git identity's person), run by the git identity.
  func actor(_ options: WorkflowOptions) throws -> ActingPerson {
    try Acting.actor(options.who, config: facts.isms.config, repository: context.repository)
  }

  /// A document's current text.
  func text(of document: Document) throws -> String {
    String(decoding: try edited.contents(of: document.path), as: UTF8.self)
  }

  /// The ISMS as it will be after `changes`.
  func facts(after changes: [WorkflowChange]) -> WorkflowFacts {
    WorkflowFacts(
      isms: ISMS.load(from: WorkflowOverlay(snapshot, changes: changes)).isms, today: context.today)
  }

  /// Validates the ISMS with `changes` and commits them as one commit authored by the actor's
  /// person, dated the day of `--today`; prints the transitions and warnings.
  func commit(_ changes: [WorkflowChange], note: String?, by actor: ActingPerson) throws {
    let person = actor.person
    let overlay = WorkflowOverlay(snapshot, changes: changes)
    let report = Validator.validate(
      snapshot: overlay, catalogs: try TemplateFiles.catalogs(), today: context.today)
    let paths = Set(changes.map(\.path))
    let errors = report.diagnostics.filter { $0.severity == .error && paths.contains($0.path) }
    if let first = errors.first {
      throw CLIError(
        "refused (\(first.rule)): \(first.path):\(first.line.map(String.init) ?? "1") \(first.message) — \(first.fix)"
          + (errors.count > 1 ? " (and \(errors.count - 1) more)" : "") + "; nothing was written.")
    }
    let commit = try context.commit(
      changes.map { .write(path: $0.path, contents: Data($0.text.utf8)) },
      message: WorkflowChange.message(changes, note: note), by: actor, base: base, reads: edited)
    for change in changes { Console.report("\(change.summary) by \(person.id)") }
    Console.report("Committed \(commit.shortID).")
    for warning in changes.flatMap(\.warnings) { Console.err("warning \(warning)") }
  }

  /// Runs `body`, turning refusals into the one-line message and exit 1 of every workflow command.
  static func refusing<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let refusal as Refusal {
      throw CLIError(
        "refused (\(refusal.rule)): \(refusal.message)"
          + (refusal.overridable
            ? " (a recorded CB override of \(refusal.rule) can lift this: --override-rule \(refusal.rule) --justification … --cb-ref …)"
            : "")
          + "; nothing was written.")
    } catch let error as WorkflowInputError {
      throw CLIError(error.message + "; nothing was written.")
    } catch let error as FrontMatterEditError {
      throw CLIError("the record cannot be edited: \(error); nothing was written.")
    }
  }

  /// `change` plus the cycle transition it brings about (`AuditTransition.cycleEvent`), read
  /// against the ISMS as it will be with `change`.
  func withCycleEvent(
    _ change: WorkflowChange, event: AuditEvent, type: AuditType, cycle: String?, by person: Person,
    on day: Day,
    override: Override?
  ) throws -> [WorkflowChange] {
    guard let cycleEvent = AuditTransition.cycleEvent(for: event, type: type), let cycleID = cycle else {
      return [change]
    }
    let after = facts(after: [change])
    let document = try after.document(cycleID, kind: .cycle)
    var request = CycleEventRequest(event: cycleEvent, on: day, by: person.id)
    request.audit = change.record
    request.override = override
    let cycleChange = try CycleTransition.apply(
      request, to: document, text: try text(of: document), facts: after)
    return [change, cycleChange]
  }
}
