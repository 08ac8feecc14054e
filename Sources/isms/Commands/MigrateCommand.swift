import ArgumentParser
import Foundation
import GitStore
import ISMSCore

extension ISMSCommand {
  struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "migrate",
      abstract: "Migrate an ISMS from ISO/IEC 27001:2013 to 2022 in one commit.",
      discussion: """
        For an ISMS whose isms.yml says framework: iso27001:2013 and whose control files use the \
        2013 ids (A.5.1.1 … A.18.2.3). Using templates/catalogs/iso27001-2013-to-2022.tsv it writes \
        one file per 2022 control (controls/A.x.y.md) that merges the decisions of the 2013 \
        controls mapping to it: applicable if any source was, justifications concatenated with \
        their source ids, implementation the weakest of the applicable sources, owner of the \
        first source that has one, policies, risks and evidence united, bodies kept under one \
        heading per source. The 11 controls new in 2022 are added as undecided. References to \
        2013 ids in other documents (controls lists of policies, risks, suppliers, audit scopes, \
        finding requirements) are rewritten; the 2013 control files are removed; isms.yml is \
        switched to iso27001:2022. Everything is one commit by --by.

        It refuses, writing nothing, when the working tree has uncommitted changes under the \
        ISMS root: commit or stash them first. --dry-run prints the report and changes nothing.

        Formats: text (default), json (stable snake_case keys).
        Exit status: 0 when migrated (or a dry run); 1 when refused or failed.

        'isms migrate relations' moves control links written in control files to the documents' \
        and risks' side (see its --help).
        """,
      subcommands: [Relations.self])

    @OptionGroup var global: GlobalOptions

    // Optional to the parser, and checked in run(): the parser also parses and validates this
    // command when `isms migrate relations` runs.
    @Option(
      help: ArgumentHelp("The edition to migrate from: iso27001:2013 (required).", valueName: "framework"))
    var from: String?

    @OptionGroup var who: ActorOptions

    @Flag(help: "Print what would change and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if global.rev != nil { throw ValidationError("migrate works on the working tree; drop --rev.") }
    }

    func run() throws {
      guard let from else { throw ValidationError("Missing expected argument '--from <framework>'.") }
      guard from == Framework.iso27001_2013.rawValue else {
        throw ValidationError("--from takes iso27001:2013, the only edition isms migrates from.")
      }
      let context = try ISMSContext(global)
      let base = try context.head()
      let snapshot = try context.repository.workingTreeSnapshot(root: context.rootInRepository)
      try refuseDirty(snapshot, context: context, base: base)
      let isms = ISMS.load(from: snapshot).isms
      let edited = ReadRecord(snapshot)
      let migration: Migration2013
      do {
        migration = try Migration2013(
          isms: isms, snapshot: edited, catalogs: try TemplateFiles.catalogs(), today: context.today)
      } catch let error as MigrationError {
        throw CLIError("\(error.message); nothing was written.")
      }
      var commit: String?
      if !dryRun {
        let actor = try Acting.actor(who, config: isms.config, repository: context.repository)
        commit = try context.commit(
          migration.changes,
          message: "Migrate the ISMS from ISO/IEC 27001:2013 to 2022\n\nISMS-Event: migrate\n",
          by: actor, base: base, reads: edited
        ).shortID
      }
      Console.report(
        format == .json
          ? try JSONOutput.render(MigrationReport(migration, dryRun: dryRun, commit: commit))
          : MigrationReport.text(migration, dryRun: dryRun, commit: commit))
    }

    private func refuseDirty(_ snapshot: WorkingTreeSnapshot, context: ISMSContext, base: String?) throws {
      let head: [String: String?]
      do {
        guard let base else { throw GitError.unbornHead(branch: "") }
        let committed = try context.repository.snapshot(at: base, root: context.rootInRepository)
        head = Dictionary(
          committed.entries.map { ($0.path, $0.blobID) }, uniquingKeysWith: { first, _ in first })
      } catch {
        throw CLIError("the ISMS has no commit yet; commit it first, then migrate.")
      }
      let now = Dictionary(
        snapshot.entries.map { ($0.path, $0.blobID) }, uniquingKeysWith: { first, _ in first })
      let changed = Set(head.keys).union(now.keys).filter { head[$0] != now[$0] }.sorted()
      guard changed.isEmpty else {
        let shown = changed.prefix(5).joined(separator: ", ") + (changed.count > 5 ? ", …" : "")
        throw CLIError(
          "the working tree has uncommitted changes under the ISMS (\(shown)); commit or stash them, then migrate. Nothing was written."
        )
      }
    }
  }
}
