import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Supplier.Assurance {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Record a supplier's certificate, SOC 2 report, bridge letter or attestation, as one commit.",
      discussion: """
        Writes suppliers/assurance/ASR-NNN.md with the next free id. What each --type needs (rule \
        V1): iso27001 --certificate --scope --expires; soc2 --report-type --opinion and \
        --period-start --period-end (type 2) or --as-of (type 1), with --subservice, --cuec and \
        --exception as the report lists them; bridge-letter --covers ASR-… --period-start \
        --period-end; pentest and other --summary. Name the files with --file (a file already \
        committed inside the ISMS folder: its SHA-256 is recorded) or --reference (where it is kept).

        Examples:
          isms supplier assurance add --supplier SUP-002 --type iso27001 \\
            --certificate OKTA-27001-EX-5 --scope "Workforce Identity" \\
            --expires 2028-08-21 --reference "Okta trust portal" --by jdoe
          isms supplier assurance add --supplier SUP-001 \\
            --type bridge-letter --covers ASR-004 --period-start 2025-10-01 \\
            --period-end 2026-03-31 --file vendor/aws-bridge.pdf --by jdoe

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The supplier (SUP-…).", valueName: "id"))
    var supplier: String

    @Option(help: ArgumentHelp("What the record is.", valueName: "type"))
    var type: AssuranceRecord.AssuranceType

    @Option(help: ArgumentHelp("The title (default: the supplier and the type).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("The day it was received (default: today).", valueName: "date"))
    var received: Day?

    @Option(help: ArgumentHelp("The certificate number.", valueName: "text"))
    var certificate: String?

    @Option(help: ArgumentHelp("The certified scope.", valueName: "text"))
    var scope: String?

    @Option(help: ArgumentHelp("The certificate's expiry day.", valueName: "date"))
    var expires: Day?

    @Option(help: ArgumentHelp("SOC 2 report type: 1 or 2.", valueName: "n"))
    var reportType: Int?

    @Option(help: ArgumentHelp("First day of the report's or letter's period.", valueName: "date"))
    var periodStart: Day?

    @Option(help: ArgumentHelp("Last day of the report's or letter's period.", valueName: "date"))
    var periodEnd: Day?

    @Option(help: ArgumentHelp("The day a type 1 report speaks of.", valueName: "date"))
    var asOf: Day?

    @Option(help: ArgumentHelp("The service auditor's opinion.", valueName: "opinion"))
    var opinion: AssuranceRecord.Opinion?

    @Option(
      help: ArgumentHelp(
        "A subservice organisation and its method, NAME=carve-out or NAME=inclusive (repeatable).",
        valueName: "name=method"))
    var subservice: [String] = []

    @Option(
      help: ArgumentHelp(
        "A CUEC as ID:CONTROLS:TEXT, our Annex A controls comma-separated (repeatable).",
        valueName: "id:controls:text"))
    var cuec: [String] = []

    @Option(help: ArgumentHelp("An exception the report notes (repeatable).", valueName: "text"))
    var exception: [String] = []

    @Option(help: ArgumentHelp("Bridge letter: the SOC 2 report (ASR-…) it extends.", valueName: "id"))
    var covers: String?

    @Option(help: ArgumentHelp("Pentest or other: what was attested.", valueName: "text"))
    var summary: String?

    @Option(
      help: ArgumentHelp(
        "A committed file inside the ISMS folder, relative to it (repeatable); its SHA-256 is recorded.",
        valueName: "path"))
    var file: [String] = []

    @Option(
      help: ArgumentHelp("Where a file is kept outside the repository (repeatable).", valueName: "text"))
    var reference: [String] = []

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if let reportType, !NumberLimits.soc2Type.contains(reportType) {
        throw ValidationError("--report-type takes 1 or 2.")
      }
      for (flag, value) in [
        ("--title", title), ("--certificate", certificate), ("--scope", scope), ("--summary", summary),
        ("--covers", covers),
      ] {
        try PeopleInput.checkLine(value, flag: flag)
      }
      for value in subservice + cuec + exception + file + reference {
        try PeopleInput.checkLine(value, flag: "each value")
      }
      _ = try subservices()
      _ = try cuecs()
      if file.isEmpty, reference.isEmpty {
        throw ValidationError(
          "name the files: --file PATH (committed, in the ISMS folder) or --reference TEXT.")
      }
    }

    private func subservices() throws -> [[(String, String)]] {
      try subservice.map { value in
        let parts = value.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty,
          let method = AssuranceRecord.SubserviceMethod(rawValue: parts[1])
        else {
          throw ValidationError("--subservice '\(value)' must be NAME=carve-out or NAME=inclusive.")
        }
        return [("name", YAMLQuoting.scalar(parts[0])), ("method", method.rawValue)]
      }
    }

    private func cuecs() throws -> [[(String, String)]] {
      try cuec.map { value in
        let parts = value.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 3, !parts[0].isEmpty, !parts[2].isEmpty else {
          throw ValidationError(
            "--cuec '\(value)' must be ID:CONTROLS:TEXT (CUEC-1:A.5.17,A.8.5:Customers enforce SSO).")
        }
        let controls = SupplierInput.ids([parts[1]]).map { YAMLQuoting.scalar($0, flow: true) }
        return [
          ("id", YAMLQuoting.scalar(parts[0])), ("text", YAMLQuoting.scalar(parts[2])),
          ("controls", "[\(controls.joined(separator: ", "))]"),
        ]
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "supplier assurance add")
      _ = try session.config()
      let acting = try session.actor(who)
      let supplier = try SupplierInput.supplier(self.supplier, in: session.isms)
      let today = session.context.today
      var files: [[(String, String)]] = []
      for path in file {
        guard AssuranceFiles.isInside(path),
          let entry = session.record.source.entries.first(where: { $0.path == path })
        else {
          throw CLIError(
            "--file \(path) is not a file in the ISMS folder (give its path relative to it); nothing was written."
          )
        }
        if entry.size > AssuranceFiles.maxBytes {
          throw CLIError(
            "--file \(path) has \(entry.size) bytes, more than the \(AssuranceFiles.maxBytes) isms hashes; name it with --reference; nothing was written."
          )
        }
        if try session.context.repository.isDirty(path, root: session.context.rootInRepository) {
          throw CLIError(
            "--file \(path) is not committed as it is; commit it first, then record it; nothing was written.")
        }
        let digest = PacketDigest.sha256(try session.record.contents(of: path))
        files.append([("path", YAMLQuoting.scalar(path)), ("sha256", digest)])
      }
      files += reference.map { [("reference", YAMLQuoting.scalar($0))] }
      let kind = type
      let title = self.title ?? "\(supplier.title ?? supplier.id) \(kind.rawValue)"
      let draft = SupplierRecordDraft.assurance(
        title: title,
        lines: [
          .text("supplier", supplier.id), .text("type", kind.rawValue),
          .day("received", received ?? today),
          .text("certificate", certificate), .text("scope", scope),
          .day("expires", expires),
          .number("report_type", reportType),
          .day("period_start", periodStart),
          .day("period_end", periodEnd),
          .day("as_of", asOf), .text("opinion", opinion?.rawValue),
          .objects("subservice", try subservices()), .objects("cuecs", try cuecs()),
          .texts("exceptions", exception), .text("covers", covers), .text("summary", summary),
          .objects("files", files),
        ],
        body: "Recorded by \(acting.person.id) with 'isms supplier assurance add'.", isms: session.isms,
        today: today)
      try session.refuseNewErrors([(draft.path, draft.text)])
      let commit = try session.commit(
        [(draft.path, draft.text)],
        message: "Assurance \(draft.id) for \(supplier.id): \(title)\n\n"
          + "ISMS-Record: \(draft.id)\nISMS-Event: create\n",
        by: acting)
      if format == .json {
        return Console.out(
          try JSONOutput.render(
            SupplierRecordReport(
              id: draft.id, kind: DocumentKind.assurance.rawValue, path: draft.path, supplier: supplier.id,
              by: acting.person.id, commit: commit.shortID)))
      }
      Console.report(
        "Recorded \(draft.id) (\(kind.rawValue) of \(supplier.id)) by \(acting.person.id) (commit \(commit.shortID)):\n"
          + "  \(draft.path)")
    }
  }
}
