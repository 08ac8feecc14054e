import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "evidence",
      abstract: "Evidence that a control activity operated.",
      subcommands: [Add.self])
  }
}

extension ISMSCommand.Evidence {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Record that an activity was performed: records/evidence/EV-NNN.md, as one commit.",
      discussion: """
        The person acting (--by) is the one who performed it. --attach names a file of the ISMS \
        (relative to its root, committed or not): its SHA-256 is recorded, and the file is committed \
        with the record as it is; 'isms validate' reports it when it changes later (S9). --covers \
        names the occurrence (2026-Q2 for a quarterly activity; a commit id for a per-change one); \
        by default the occurrence that ended last before --date when --date is within its grace \
        days, else the one --date falls in. Each --exception records one exception found.

        Example:
          isms evidence add --activity ACT-001 --date 2026-07-08 \\
            --attach records/evidence/files/access-review-2026-Q2.csv --by shansen

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The activity performed.", valueName: "id"))
    var activity: String

    @Option(help: ArgumentHelp("The day it was performed (default: today).", valueName: "YYYY-MM-DD"))
    var date: Day?

    @Option(
      name: .customLong("covers"),
      help: ArgumentHelp("The occurrence covered (repeatable).", valueName: "label"))
    var covers: [String] = []

    @Option(
      name: .customLong("attach"),
      help: ArgumentHelp("A file of the ISMS to attach (repeatable).", valueName: "path"))
    var attachments: [String] = []

    @Option(
      name: .customLong("exception"),
      help: ArgumentHelp("An exception found (repeatable).", valueName: "text"))
    var exceptions: [String] = []

    @Option(
      help: ArgumentHelp("The title (default: the activity's title and the occurrence).", valueName: "text"))
    var title: String?

    @OptionGroup var who: ActorOptions

    func validate() throws {
      for text in covers + attachments + exceptions + [title ?? "x"]
      where text.contains(where: \.isNewline) || text.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("values must be one non-empty line each.")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "evidence add")
      let acting = try session.actor(who)
      guard let document = session.isms.document(id: activity), let fields = document.activity,
        let cadence = fields.cadence
      else {
        throw CLIError(
          "\(activity) is not an activity with a cadence ('isms activity add' creates one); nothing was written."
        )
      }
      let day = date ?? session.context.today
      var covered = covers
      if covered.isEmpty {
        guard let occurrence = Self.defaultOccurrence(cadence, grace: fields.grace, day: day) else {
          throw CLIError(
            "\(activity) operates per change: name the change's commit with --covers; nothing was written.")
        }
        covered = [occurrence]
      }
      let listed = Set(session.record.entries.map(\.path))
      var attached: [EvidenceRecord.Attachment] = []
      var files: [(path: String, contents: Data)] = []
      for path in attachments {
        guard listed.contains(path), let data = try? session.record.contents(of: path) else {
          throw CLIError(
            "--attach \(path): no such file in the ISMS (give a path relative to the ISMS root, outside .git); "
              + "nothing was written.")
        }
        attached.append(
          EvidenceRecord.Attachment(path: path, sha256: EvidenceRecord.Attachment.sha256(of: data)))
        files.append((path, data))
      }
      let record = OperationRecordText.evidence(
        activity: document.id,
        title: title ?? "\(document.title ?? document.id), \(covered.joined(separator: ", "))",
        date: day, performedBy: acting.person.id, covers: covered, attachments: attached,
        exceptions: exceptions,
        isms: session.isms, today: session.context.today)
      try session.refuseNewErrors([(record.path, record.text)])
      let commit = try session.commit(
        [(record.path, record.text)], attachments: files,
        message: "Evidence: \(record.id) of \(document.id) (\(covered.joined(separator: ", ")))\n\n"
          + "ISMS-Record: \(record.id)\nISMS-Event: evidence-add\n",
        by: acting)
      Console.report(
        "Recorded \(record.path) (\(covered.joined(separator: ", ")), \(exceptions.count) exception(s)) by "
          + "\(acting.person.id) (commit \(commit.shortID)).")
    }

    /// The occurrence that ended last before `day` when `day` is within its grace days, else the
    /// one `day` falls in; `nil` for per-change activities.
    static func defaultOccurrence(_ cadence: Cadence, grace: Int, day: Day) -> String? {
      guard let current = cadence.occurrence(containing: day) else { return nil }
      if let previous = cadence.occurrence(containing: current.range.start.adding(days: -1)),
        day <= previous.range.end.adding(days: grace)
      {
        return previous.label
      }
      return current.label
    }
  }
}
