import ArgumentParser
import ISMSCore

extension ISMSCommand.Migrate {
  struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "relations",
      abstract: "Move control links to the documents' and risks' side, as one commit.",
      discussion: """
        Takes the options of 'isms migrate' but not --from: --dry-run prints the diff of every \
        file it would change and writes nothing; --by, --format and the global options as there.

        Each link between a control and a document or risk is entered once, on the side that \
        points at the control: a policy's, procedure's or plan's `controls:` and a risk's \
        `controls:`. Control files written by older versions of isms also hold `policies:` and \
        `risks:`. This command adds every link that only a control file holds to the `controls:` \
        of the document or risk it names, and removes `policies:` and `risks:` from every control \
        file, so that 'isms soa' shows the same links before and after. It is one commit by --by; \
        it refuses when a file it writes has uncommitted changes or cannot be read.

        Examples:
          isms migrate relations --dry-run
          isms migrate relations --by jdoe
          isms migrate relations --by jdoe --format json

        Exit status: 0 when migrated (or a dry run, or nothing to migrate), 1 when refused, 64 on \
        usage errors.
        """)

    // --repo, --today, --by, --dry-run and --format are parsed by `isms migrate`, which declares them
    // too: a subcommand's options of the same name never reach it.
    @ParentCommand var migrate: ISMSCommand.Migrate

    func run() throws {
      let global = migrate.global
      let who = migrate.who
      let dryRun = migrate.dryRun
      let format = migrate.format
      let session = try AuthoringSession(global, command: "migrate relations")
      let migration = RelationsMigration(relations: ControlRelations(isms: session.isms))
      var files: [(path: String, text: String)] = []
      var diffs: [String] = []
      for file in migration.files {
        try session.refuseUnreadable(file.path)
        let old = try session.text(of: file.path)
        let new = try AuthoringSession.editing(file.path) { try FrontMatterEditor.apply(file.edits, to: old) }
        files.append((file.path, new))
        diffs.append(LineDiff.unified(path: file.path, old: old, new: new))
      }
      var commit: String?
      if !dryRun, !files.isEmpty {
        let acting = try session.actor(who)
        try session.refuseNewErrors(files)
        let moved = migration.moves.map { "\($0.control) → \($0.target) (\($0.path))" }
        let message =
          "Relations: enter each control link once\n\n"
          + "Removed policies/risks from \(migration.clearedControls.count) control file(s)"
          + (moved.isEmpty ? ".\n" : "; moved to the other side:\n" + moved.joined(separator: "\n") + "\n")
          + "\nISMS-Event: migrate-relations\n"
        commit = try session.commit(files, message: message, by: acting).shortID
      }
      let report = RelationsMigrationReport(
        dryRun: dryRun, commit: commit, moved: migration.moves, cleared: migration.clearedControls,
        changed: files.map(\.path))
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      guard !files.isEmpty else {
        return Console.report("No control file holds policies or risks; nothing to migrate.")
      }
      let head =
        dryRun
        ? "Dry run: \(files.count) file(s) would change; nothing was written."
        : "Migrated \(files.count) file(s) (commit \(commit ?? "-")): \(migration.moves.count) link(s) moved, "
          + "policies/risks removed from \(migration.clearedControls.count) control file(s)."
      Console.report(([head] + (dryRun ? diffs : [])).joined(separator: "\n"))
    }
  }
}

/// The JSON of `isms migrate relations`.
struct RelationsMigrationReport: Encodable {
  let dryRun: Bool
  @NullEncoded var commit: String?
  let moved: [RelationsMigration.Move]
  let cleared: [String]
  let changed: [String]

  private enum CodingKeys: String, CodingKey {
    case commit, moved, cleared, changed
    case dryRun = "dry_run"
  }
}
