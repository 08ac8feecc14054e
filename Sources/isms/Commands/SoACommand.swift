import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct SoA: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "soa",
      abstract: "Print the Statement of Applicability, decide controls, import it from CSV.",
      discussion: """
        'isms soa' alone prints the SoA ('isms soa show'); 'isms soa decide' decides one control, \
        'isms soa import' the whole SoA from the CSV that 'isms soa --format csv' writes.
        """,
      subcommands: [Show.self, Decide.self, ImportCSV.self],
      defaultSubcommand: Show.self)
  }
}

extension ISMSCommand.SoA {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
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
    var format: SoAFormat = .markdown

    func run() throws {
      let context = try ISMSContext(global)
      let loaded = ISMS.load(from: try context.snapshot())
      let report = SoAReport(isms: loaded.isms, catalogs: try TemplateFiles.catalogs())
      switch format {
      case .json: Console.out(try JSONOutput.render(report))
      case .csv: Console.out(SoATable.csv(report))
      case .markdown:
        Console.report(SoATable.markdown(report, organization: loaded.isms.config?.organization))
      }
    }
  }
}
