import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Coverage: ParsableCommand {
    enum Target: String, ExpressibleByArgument, CaseIterable {
      case soc2, iso27001
    }

    static let configuration = CommandConfiguration(
      commandName: "coverage",
      abstract: "Show how far the ISMS covers SOC 2 or ISO/IEC 27001, and what is left.",
      discussion: """
        soc2: the trust services criteria of the categories in scope (`soc2` in isms.yml; all five \
        when there is none), each with the Annex A controls mapped to it \
        (templates/catalogs/soc2-to-iso27001-2022.tsv: pairs two public crosswalks agree on) and the \
        approved documents implementing them, and the clauses mapped to it with the approved documents \
        and done records that show them (a final management review shows 9.3). The status is the \
        design: covered when every applicable mapped control is implemented and every mapped clause \
        is shown; partial when part of it is; uncovered when nothing is; soc2-only when nothing maps \
        to it (SOC 2-only evidence is needed). Drafts never count. See docs/soc2.md. With --period, \
        the operation view follows: every control activity's occurrences in the period with their \
        evidence, state (operated, open, due, missed, upcoming) and exceptions; per-change \
        activities read the ISMS repository's history (see docs/soc2-operation.md).

        iso27001: clauses 4–10 with the documents that address each (their `clauses` and \
        `mandatory` fields), and Annex A per theme with each control's decision; the JSON adds the \
        ISO/IEC 27002 attributes of every control.

        Formats: text (default), markdown, json (stable snake_case keys).
        Exit status: 0 (coverage is a report, not a check); 1 when the ISMS cannot be read.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The framework to report on: soc2 or iso27001.", valueName: "framework"))
    var framework: Target

    @Option(help: ArgumentHelp("Output format: text, markdown or json.", valueName: "format"))
    var format: CoverageFormat = .text

    @Option(
      help: ArgumentHelp(
        "soc2: the observation period, for the operation view of the control activities.",
        valueName: "start..end"))
    var period: Period?

    func run() throws {
      let context = try ISMSContext(global)
      let isms = ISMS.load(from: try context.snapshot()).isms
      let catalogs = try TemplateFiles.catalogs()
      switch framework {
      case .soc2:
        let report = SOC2Coverage(isms: isms, catalogs: catalogs)
        if let period {
          return try printOperation(design: report, isms: isms, period: period.range, context: context)
        }
        switch format {
        case .json: Console.out(try JSONOutput.render(report))
        case .markdown: Console.report(CoverageText.markdown(report))
        case .text: Console.report(CoverageText.text(report))
        }
      case .iso27001:
        let report = ISOCoverage(isms: isms, catalogs: catalogs)
        switch format {
        case .json: Console.out(try JSONOutput.render(report))
        case .markdown: Console.report(CoverageText.markdown(report))
        case .text: Console.report(CoverageText.text(report))
        }
      }
    }
  }
}
