import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Import {
  struct Risks: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "risks",
      abstract: "Import a risk register from a CSV export of a spreadsheet.",
      discussion: """
        FILE is RFC 4180 CSV in UTF-8 (a byte-order mark is fine), separated by ',' or ';' \
        (detected from the header row). The header names the columns; by default they match the \
        risk fields: \(RiskImport.riskFields.joined(separator: ", ")) \
        and description, notes (any number of columns, each kept as `Column: text` under Notes), \
        score (checked against likelihood × impact). Case, spaces, `_` and `-` do not matter: \
        'Residual Likelihood' is residual_likelihood. --map 'Risk Owner=owner' reads another \
        column name as a field; repeat it for more columns. Other columns are listed and ignored. \
        An Excel first line `sep=;` names the delimiter.

        Words: likelihood and impact may be the labels of isms.yml's risk_method (Likely, Major) \
        or numbers; treatment may be modify, retain, avoid, share or the common mitigate, reduce, \
        transfer, accept, tolerate, avoid. --value COLUMN:WORD=VALUE maps any other word of any \
        column or field (--value treatment:Open=retain, --value likelihood:High=4). Dates are \
        YYYY-MM-DD, dd.MM.yyyy, or what --date-format gives (dd/MM/yyyy, MM/dd/yyyy). \
        --default-owner PERSON and --default FIELD=VALUE fill empty cells and missing columns.

        --preset ciso-assistant reads CISO Assistant's risk assessment export: ref_id, assets, \
        threats, name, description, current_impact, current_proba, residual_impact, \
        residual_proba, treatment (mitigate, accept, avoid, transfer); existing and additional \
        controls and strength of knowledge become notes; `--` is unassessed. Its levels are \
        names of its own matrix: map them to the risk method with --value where they differ, and \
        give the owner and vulnerability, which it does not export, with --default-owner and \
        --default vulnerability=TEXT.

        owner and accepted_by may be a person id, e-mail or name from isms.yml. controls lists \
        Annex A ids separated by ',', ';' or spaces; each must be applicable in the SoA. Rows \
        without an id get RISK-NNN after the highest existing one; assessed_on defaults to today.

        Every row is checked first against the risk method of isms.yml; any problem is reported \
        as 'row 7, column 'likelihood': 9 is outside the scale 1–5' and nothing is written. \
        Otherwise one file per risk goes into risks/ in one commit. --dry-run only shows what \
        would be created.

        Formats: text (default), json (stable snake_case keys).
        Exit status: 0 when imported (or a clean dry run); 1 when any row is bad or the commit fails.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "file.csv"))
    var file: String

    @Option(
      name: .customLong("map"),
      help: ArgumentHelp("Read column COLUMN as risk field FIELD (repeatable).", valueName: "COLUMN=FIELD"))
    var mappings: [String] = []

    @Option(
      name: .customLong("value"),
      help: ArgumentHelp(
        "Read WORD in column or field COLUMN as VALUE (repeatable).", valueName: "COLUMN:WORD=VALUE"))
    var values: [String] = []

    @Option(
      name: .customLong("default"),
      help: ArgumentHelp("Fill empty cells of FIELD with VALUE (repeatable).", valueName: "FIELD=VALUE"))
    var defaults: [String] = []

    @Option(
      help: ArgumentHelp("The owner of rows without one (--default owner=PERSON).", valueName: "person"))
    var defaultOwner: String?

    @Option(help: ArgumentHelp("The date pattern of the file, e.g. dd.MM.yyyy.", valueName: "pattern"))
    var dateFormat: String?

    @Option(help: ArgumentHelp("A known export layout.", valueName: "layout"))
    var preset: RiskImportOptions.Preset?

    @Flag(help: "Show what would be created and change nothing.")
    var dryRun = false

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      for mapping in mappings {
        let parts = mapping.split(separator: "=", maxSplits: 1)
        guard parts.count == 2,
          RiskImport.fields.contains(String(parts[1]).trimmingCharacters(in: .whitespaces))
        else {
          throw ValidationError(
            "--map '\(mapping)' must be COLUMN=FIELD with FIELD one of \(RiskImport.fields.joined(separator: ", "))."
          )
        }
      }
      for value in values where Self.value(value) == nil {
        throw ValidationError("--value '\(value)' must be COLUMN:WORD=VALUE, e.g. treatment:Mitigate=modify.")
      }
      for value in defaults {
        let parts = value.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, RiskImport.fields.contains(String(parts[0])) else {
          throw ValidationError(
            "--default '\(value)' must be FIELD=VALUE with FIELD one of \(RiskImport.fields.joined(separator: ", "))."
          )
        }
      }
      if let dateFormat,
        !dateFormat.contains("d") || !dateFormat.contains("M") || !dateFormat.contains("yyyy")
      {
        throw ValidationError("--date-format needs d or dd, M or MM and yyyy, e.g. dd.MM.yyyy.")
      }
    }

    /// `COLUMN:WORD=VALUE` split, or nil.
    static func value(_ text: String) -> (column: String, word: String, value: String)? {
      guard let colon = text.firstIndex(of: ":"), let equals = text[colon...].firstIndex(of: "=") else {
        return nil
      }
      let column = text[..<colon].trimmingCharacters(in: .whitespaces)
      let word = text[text.index(after: colon)..<equals].trimmingCharacters(in: .whitespaces)
      let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      guard !column.isEmpty, !word.isEmpty else { return nil }
      return (column, word, value)
    }

    private var options: RiskImportOptions {
      var options = RiskImportOptions(
        dateFormat: dateFormat, preset: preset)
      for text in values {
        guard let value = Self.value(text) else { continue }
        options.values[value.column, default: [:]][value.word.lowercased()] = value.value
      }
      for text in defaults {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        options.defaults[parts[0]] = parts[1]
      }
      if let defaultOwner { options.defaults["owner"] = defaultOwner }
      return options
    }

    func run() throws {
      let context = try ISMSContext(global)
      let base = try context.head()
      let snapshot = try context.snapshot()
      let isms = ISMS.load(from: snapshot).isms
      let table: CSVTable
      do {
        table = try CSVTable(text: try ImportSupport.readText(file))
      } catch let error as CSVError {
        throw CLIError("\(file): \(error); nothing was written.")
      }
      var map: [String: String] = [:]
      for mapping in mappings {
        let parts = mapping.split(separator: "=", maxSplits: 1).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        map[parts[0]] = parts[1]
      }
      let result = RiskImport(
        table: table, mapping: map, options: options, isms: isms, catalogs: try TemplateFiles.catalogs(),
        today: context.today,
        source: URL(fileURLWithPath: file).lastPathComponent)
      var commitID: String?
      if result.errors.isEmpty, !dryRun, !result.risks.isEmpty {
        let actor = try Acting.actor(who, config: isms.config, repository: context.repository)
        let message =
          "Import \(result.risks.count) risks from \(URL(fileURLWithPath: file).lastPathComponent)\n\nISMS-Event: import-risks\n"
        commitID = try ImportSupport.commit(
          result.changes, context: context, snapshot: snapshot, base: base, by: actor, message: message
        ).shortID
      }
      Console.report(try render(result, commit: commitID))
      if !result.errors.isEmpty { throw ExitCode.failure }
    }

    private func render(_ result: RiskImport, commit: String?) throws -> String {
      if format == .json {
        return try JSONOutput.render(
          RiskImportReport(
            dryRun: dryRun, commit: commit, risks: result.risks, errors: result.errors,
            ignoredColumns: result.ignoredColumns, carried: result.carried))
      }
      if !result.errors.isEmpty {
        return (["\(result.errors.count) problem(s); nothing was written:"] + result.errors.map { "  " + $0 })
          .joined(separator: "\n")
      }
      var lines = result.carried.map { "  " + $0 }
      lines += result.risks.map {
        "  \($0.id)  level \($0.level) → \($0.residualLevel) (\($0.treatment))  \($0.title)"
      }
      if !result.ignoredColumns.isEmpty {
        lines.append("Ignored columns: " + result.ignoredColumns.joined(separator: ", "))
      }
      let head =
        dryRun
        ? "Dry run: would create \(result.risks.count) risk(s); nothing was written."
        : "Imported \(result.risks.count) risk(s)" + (commit.map { " (commit \($0))." } ?? ".")
      return ([head] + lines).joined(separator: "\n")
    }
  }
}

/// The JSON report of `isms import risks`.
struct RiskImportReport: Encodable {
  let dryRun: Bool
  @NullEncoded var commit: String?
  let risks: [RiskImport.Risk]
  let errors: [String]
  let ignoredColumns: [String]
  let carried: [String]

  private enum CodingKeys: String, CodingKey {
    case commit, risks, errors, carried
    case dryRun = "dry_run"
    case ignoredColumns = "ignored_columns"
  }
}
