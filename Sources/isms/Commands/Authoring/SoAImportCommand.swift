import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.SoA {
  struct ImportCSV: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Decide the Statement of Applicability from a CSV file, as one commit.",
      discussion: """
        FILE is the CSV that 'isms soa --format csv' writes, edited in a spreadsheet: export, \
        decide, save as CSV, import. UTF-8 with or without a byte-order mark, separated by ',' or \
        ';' (as Excel saves it in many locales). The columns id, applicability, justification, \
        implementation and owner are read; title, theme, policies and risks are ignored. An empty \
        cell leaves its field as it is. A cell protected against formulas with a leading ' (as the \
        export writes '-…) is read without it.

        Every row is checked first (a value that is not a state, an owner who is not in isms.yml, \
        an id twice) and then the ISMS as it would be: any new error refuses the whole import, \
        listing each with its file and line, and nothing is written. --dry-run shows which controls \
        change which fields and writes nothing.

        Examples:
          isms soa --format csv > soa.csv # edit in a spreadsheet, save as CSV
          isms soa import soa.csv --dry-run --by jdoe
          isms soa import soa.csv --by jdoe
          isms soa import soa.csv --by jdoe --format json

        Exit status: 0 when imported (or a clean dry run, or nothing to change), 1 when a row or the \
        result is refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "file.csv"))
    var file: String

    @Flag(help: "Show which controls would change which fields, and write nothing.")
    var dryRun = false

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let session = try AuthoringSession(global, command: "soa import")
      let source = URL(fileURLWithPath: file).lastPathComponent
      let table: CSVTable
      do {
        table = try CSVTable(text: try ImportSupport.readText(file))
      } catch let error as CSVError {
        throw CLIError("\(file): \(error); nothing was written.")
      }
      let acting = try session.actor(who)
      let person = acting.person
      let result = SoAImport(table: table, source: source, isms: session.isms)
      var errors = result.errors
      var files: [(path: String, text: String)] = []
      if errors.isEmpty {
        for (change, decision) in zip(result.changes, result.decisions) {
          try session.refuseUnreadable(change.path)
          guard let document = session.isms.document(atPath: change.path) else { continue }
          do {
            try SoAControl.refuseIncomplete(decision, entry: document.soaEntry)
          } catch let error as CLIError {
            errors.append(
              "\(source) row for \(change.id): \(error.message.replacingOccurrences(of: "; nothing was written.", with: ""))"
            )
            continue
          }
          let text = try AuthoringSession.editing(change.path) {
            try decision.apply(to: try session.text(of: change.path), entry: document.soaEntry)
          }
          files.append((change.path, text))
        }
      }
      if errors.isEmpty, !files.isEmpty {
        let found = try session.newErrors(files)
        errors = found.filter { !AuthoringSession.deferredRules.contains($0.rule) }.map(
          AuthoringSession.describe)
        if errors.isEmpty { AuthoringSession.printNotes(found) }
      }
      var commit: String?
      if errors.isEmpty, !dryRun, !files.isEmpty {
        let message =
          "SoA: import \(files.count) decision(s) from \(source)\n\n"
          + result.changes.map { "\($0.id): " + $0.changes.map(\.summary).joined(separator: "; ") }.joined(
            separator: "\n")
          + "\n\nISMS-Event: soa-import\n"
        commit = try session.commit(files, message: message, by: acting).shortID
      }
      let report = SoAImportReport(
        dryRun: dryRun, by: person.id, commit: commit, changes: errors.isEmpty ? result.changes : [],
        errors: errors,
        ignoredColumns: result.ignoredColumns)
      print(report, format: format)
      if !errors.isEmpty { throw ExitCode.failure }
    }

    private func print(_ report: SoAImportReport, format: ReportFormat) {
      if format == .json, let json = try? JSONOutput.render(report) { return Console.out(json) }
      if !report.errors.isEmpty {
        return Console.report(
          (["\(report.errors.count) problem(s); nothing was written:"] + report.errors.map { "  " + $0 })
            .joined(separator: "\n"))
      }
      let count = report.changes.count
      let head =
        count == 0
        ? "Every control already reads as the file says; nothing to change."
        : report.dryRun
          ? "Dry run: \(count) control(s) would change; nothing was written."
          : "Imported \(count) decision(s) by \(report.by) (commit \(report.commit ?? "-"))."
      var lines = [head]
      for change in report.changes {
        lines.append("  \(change.id) (\(change.path))")
        lines += change.changes.map { "    \($0.summary)" }
      }
      Console.report(lines.joined(separator: "\n"))
    }
  }
}

/// The JSON of `isms soa import`.
struct SoAImportReport: Encodable {
  let dryRun: Bool
  let by: String
  @NullEncoded var commit: String?
  let changes: [SoAImport.Change]
  let errors: [String]
  let ignoredColumns: [String]

  private enum CodingKeys: String, CodingKey {
    case by, commit, changes, errors
    case dryRun = "dry_run"
    case ignoredColumns = "ignored_columns"
  }
}
