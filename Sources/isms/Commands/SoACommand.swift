import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct SoA: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "soa",
      abstract: "Print the Statement of Applicability: every Annex A control and its decision.",
      discussion: """
        One row per control of the configured framework, in catalog order: title, theme, \
        applicability, justification, implementation status, owner, related documents and risks. \
        Controls without a file show as 'missing'.

        Formats: markdown (default), csv (UTF-8 with a byte-order mark, so that Excel shows \
        accents and "€" correctly; cells that a spreadsheet would run as formulas are \
        neutralised), json (stable keys).
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Output format: markdown, csv or json.", valueName: "format"))
    var format: OutputFormat = .markdown

    func validate() throws {
      guard [.markdown, .csv, .json].contains(format) else {
        throw ValidationError("soa --format takes markdown, csv or json.")
      }
    }

    func run() throws {
      let context = try ISMSContext(global)
      let loaded = ISMS.load(from: try context.snapshot())
      let report = SoAReport(isms: loaded.isms, catalogs: try TemplateFiles.catalogs())
      switch format {
      case .json: Console.out(try JSONOutput.render(report))
      case .csv: Console.out(SoATable.csv(report))
      default: Console.report(SoATable.markdown(report, organization: loaded.isms.config?.organization))
      }
    }
  }
}
