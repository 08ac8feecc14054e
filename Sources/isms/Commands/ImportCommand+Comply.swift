import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Import {
  struct Comply: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "comply",
      abstract: "Import the policies, procedures and narratives of a strongdm/comply project.",
      discussion: """
        PATH is a comply project: policies/*.md, procedures/*.md and narratives/*.md with comply's \
        front-matter (name, acronym, satisfies: {TSC: [CC1.1, …]}, majorRevisions, minorRevisions; \
        procedures also id, cron, summary). Each becomes a controlled document: a policy in \
        policies/, a procedure in procedures/, a narrative a plan in plans/. The id is the \
        acronym (else comply's id, else the file name in capitals), the title the name, owner \
        the acting person (--by), approver_role top-management, classification internal.

        satisfies becomes the document's controls (Annex A) and clauses: TSC criteria through \
        templates/catalogs/soc2-to-iso27001-2022.tsv and soc2-to-iso27001-2022-clauses.tsv, an \
        ISO27001 key as written (A.5.15, 6.1.3). Criteria are read as `CC7.3 - Title`, `cc6.1` or \
        with spaces; one that is not a TSC criterion is reported. The original is kept as \
        x-comply-satisfies, cron and summary as x-comply-cron, x-comply-summary.

        majorRevisions and minorRevisions become the document's history (day, version, comment) \
        and its version MAJOR.MINOR. When the newest revision's comment says it was approved, and \
        --by holds top-management, a second commit records that approval as a decision taken \
        elsewhere (ISMS-Approval, ISMS-Recorded-Decision naming the revision); otherwise the \
        document is a draft. {{.Name}} in titles and bodies is filled with comply.yml's name.

        Two comply files with one id: the later is imported as ID-2, reported with both files; \
        --rename FILE=NEW or --rename ID=NEW chooses the id. An id already in the ISMS, or an \
        unreadable file, stops the import and nothing is written; otherwise the documents are \
        one commit. The report lists what was carried over, renamed and left out, and every file \
        of the project that was not imported (standards/, templates/, …). --dry-run writes nothing.

        Formats: text (default), json (stable snake_case keys).
        Exit status: 0 when imported (or a clean dry run); 1 on any error.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The comply project folder.", valueName: "path"))
    var path: String

    @Option(
      name: .customLong("rename"),
      help: ArgumentHelp(
        "Import comply file or id OLD as id NEW (repeatable), e.g. procedures/vmp.md=VMP-PROC.",
        valueName: "OLD=NEW"))
    var renames: [String] = []

    @OptionGroup var who: ActorOptions

    @Flag(help: "Show what would be created and change nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      for rename in renames where rename.split(separator: "=", maxSplits: 1).count != 2 {
        throw ValidationError("--rename '\(rename)' must be OLD=NEW (a comply file or id, then the new id).")
      }
    }

    func run() throws {
      let context = try ISMSContext(global)
      let base = try context.head()
      let snapshot = try context.snapshot()
      let isms = ISMS.load(from: snapshot).isms
      let actor = try Acting.actor(who, config: isms.config, repository: context.repository)
      let project = try ComplyProject(path)
      var map: [String: String] = [:]
      for rename in renames {
        let parts = rename.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        map[parts[0]] = parts[1]
      }
      let result = ComplyImport(
        files: project.files, skipped: project.skipped, name: project.name, renames: map, isms: isms,
        catalogs: try TemplateFiles.catalogs(), owner: actor.person.id,
        approver: actor.person.holds(.topManagement) ? actor.person.id : nil)
      var commits: [String] = []
      if result.errors.isEmpty, !dryRun, !result.items.isEmpty {
        let imported = try ImportSupport.commit(
          result.changes, context: context, snapshot: snapshot, base: base, by: actor,
          message: "Import \(result.items.count) documents from comply\n\nISMS-Event: import-comply\n")
        commits.append(imported.shortID)
        var parent = imported.id
        for item in result.items {
          guard let approval = item.approval else { continue }
          let message = """
            Approve \(item.id) v\(approval.version) (recorded from comply)

            comply's revision list records the approval on \(approval.day).

            \(ReviewTrailer.approval): \(item.id)
            \(ReviewTrailer.approvedVersion): \(approval.version)
            \(ReviewTrailer.recordedDecision): \(approval.reference.filter { !$0.isNewline })

            """
          let approved = try context.commit(
            [.write(path: item.path, contents: Data(approval.text.utf8))], message: message, by: actor,
            base: parent, reads: nil)
          commits.append(approved.shortID)
          parent = approved.id
        }
      }
      if format == .json {
        Console.out(try JSONOutput.render(ComplyReport(result: result, dryRun: dryRun, commits: commits)))
      } else {
        Console.report(Self.text(result, dryRun: dryRun, commits: commits))
      }
      if !result.errors.isEmpty { throw ExitCode.failure }
    }

    static func text(_ result: ComplyImport, dryRun: Bool, commits: [String]) -> String {
      var lines =
        result.errors.isEmpty
        ? [] : ["\(result.errors.count) problem(s); nothing was written:"] + result.errors.map { "  " + $0 }
      if result.errors.isEmpty {
        lines.append(
          dryRun
            ? "Dry run: would create \(result.items.count) document(s)."
            : "Imported \(result.items.count) document(s)"
              + (commits.isEmpty
                ? "." : " (commit\(commits.count > 1 ? "s" : "") \(commits.joined(separator: ", "))).")
        )
        lines += result.items.map {
          "  \($0.path)  \($0.kind)  controls: \($0.controls.joined(separator: ", "))"
            + "  clauses: \($0.clauses.joined(separator: ", "))"
            + ($0.approval.map { "  approved \($0.day)" } ?? "")
        }
      }
      for (title, entries) in [
        ("Carried over:", result.carried), ("Renamed:", result.renamed), ("Left out:", result.unmapped),
        ("Files not imported:", result.skipped),
      ] where !entries.isEmpty {
        lines += [title] + entries.map { "  " + $0 }
      }
      return lines.joined(separator: "\n")
    }
  }
}

/// The JSON report of `isms import comply`.
struct ComplyReport: Encodable {
  let result: ComplyImport
  let dryRun: Bool
  let commits: [String]

  private enum CodingKeys: String, CodingKey {
    case commit, commits, documents, carried, renamed, unmapped, skipped, errors
    case dryRun = "dry_run"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(dryRun, forKey: .dryRun)
    try container.encode(commits.first, forKey: .commit)
    try container.encode(commits, forKey: .commits)
    try container.encode(result.items, forKey: .documents)
    try container.encode(result.carried, forKey: .carried)
    try container.encode(result.renamed, forKey: .renamed)
    try container.encode(result.unmapped, forKey: .unmapped)
    try container.encode(result.skipped, forKey: .skipped)
    try container.encode(result.errors, forKey: .errors)
  }
}
