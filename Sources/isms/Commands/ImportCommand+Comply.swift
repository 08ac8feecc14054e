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
        acronym (else comply's id, else the file name in capitals), the title the name, the \
        version MAJOR.MINOR from the number of major and minor revisions, status draft, owner \
        the acting person (--by), approver_role top-management, classification internal, and \
        controls the Annex A controls that templates/catalogs/soc2-to-iso27001-2022.tsv maps the \
        SOC 2 criteria to. The original satisfies, cron and summary are kept as \
        x-comply-satisfies, x-comply-cron, x-comply-summary; the body is kept as it is.

        The report lists what could not be mapped: unknown fields, criteria without an Annex A \
        mapping, other standards. An id already in use or an unreadable file stops the import and \
        nothing is written; otherwise everything is one commit. --dry-run writes nothing.

        Formats: text (default), json (stable snake_case keys).
        Exit status: 0 when imported (or a clean dry run); 1 on any error.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The comply project folder.", valueName: "path"))
    var path: String

    @OptionGroup var who: ActorOptions

    @Flag(help: "Show what would be created and change nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let context = try ISMSContext(global)
      let base = try context.head()
      let snapshot = try context.snapshot()
      let isms = ISMS.load(from: snapshot).isms
      let actor = try Acting.actor(who, config: isms.config, repository: context.repository)
      let result = ComplyImport(
        files: try Self.complyFiles(path), isms: isms, catalogs: try TemplateFiles.catalogs(),
        owner: actor.person.id)
      var commit: String?
      if result.errors.isEmpty, !dryRun, !result.items.isEmpty {
        commit = try ImportSupport.commit(
          result.changes, context: context, snapshot: snapshot, base: base, by: actor,
          message: "Import \(result.items.count) documents from comply\n\nISMS-Event: import-comply\n",
          today: global.today
        ).shortID
      }
      if format == .json {
        Console.out(try JSONOutput.render(ComplyReport(result: result, dryRun: dryRun, commit: commit)))
      } else {
        var lines =
          result.errors.isEmpty
          ? [] : ["\(result.errors.count) problem(s); nothing was written:"] + result.errors.map { "  " + $0 }
        if result.errors.isEmpty {
          lines.append(
            dryRun
              ? "Dry run: would create \(result.items.count) document(s)."
              : "Imported \(result.items.count) document(s)" + (commit.map { " (commit \($0))." } ?? "."))
          lines += result.items.map {
            "  \($0.path)  \($0.kind)  controls: \($0.controls.joined(separator: ", "))"
          }
        }
        if !result.unmapped.isEmpty { lines += ["Not mapped:"] + result.unmapped.map { "  " + $0 } }
        Console.report(lines.joined(separator: "\n"))
      }
      if !result.errors.isEmpty { throw ExitCode.failure }
    }

    static func complyFiles(_ path: String) throws -> [String: String] {
      let root = URL(fileURLWithPath: path, isDirectory: true)
      var files: [String: String] = [:]
      for folder in ["policies", "procedures", "narratives"] {
        let names =
          (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path))
          ?? []
        for name in names.sorted() where name.hasSuffix(".md") && name.lowercased() != "readme.md" {
          files["\(folder)/\(name)"] = try ImportSupport.readText(
            root.appendingPathComponent("\(folder)/\(name)").path, followingLinks: false)
        }
      }
      guard !files.isEmpty else {
        throw CLIError(
          "\(root.path) has no policies/, procedures/ or narratives/ Markdown files; is it a comply project?")
      }
      return files
    }
  }
}

/// The JSON report of `isms import comply`.
struct ComplyReport: Encodable {
  let result: ComplyImport
  let dryRun: Bool
  let commit: String?

  private enum CodingKeys: String, CodingKey {
    case commit, documents, unmapped, errors
    case dryRun = "dry_run"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(dryRun, forKey: .dryRun)
    try container.encode(commit, forKey: .commit)
    try container.encode(result.items, forKey: .documents)
    try container.encode(result.unmapped, forKey: .unmapped)
    try container.encode(result.errors, forKey: .errors)
  }
}
