import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "validate",
      abstract: "Check every document of the ISMS and report every problem at once.",
      discussion: """
        Reads the working tree (or --rev REV from git) and checks isms.yml and every document: \
        YAML and front-matter, required and unknown fields, values, dates, unique ids, references, \
        the 93 Annex A controls of the Statement of Applicability, the mandatory documents of \
        ISO/IEC 27001:2022, risks against the acceptance threshold, reviews past due, and the \
        rules listed by 'isms rules' (R12, d3, I2, …): every workflow record's state has what it \
        requires and its history is a chain of legal, dated transitions. Each finding names the \
        file, line and field, says what to do, and cites its rule ('isms rules ID' explains it).

        Text output groups findings by rule: a rule found more than four times shows its first \
        three and a count of the rest (--verbose shows every one; json and github always do).

        Formats: text (default), json (stable keys), github (workflow annotations for pull requests).
        Exit status: 0 when there is no error (warnings allowed), 1 when there is any error.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Output format: text, json or github.", valueName: "format"))
    var format: ValidateFormat = .text

    @Flag(help: "List every finding in text output, not only the first few of each rule.")
    var verbose = false

    func run() throws {
      let context = try ISMSContext(global)
      let report = try ChangeSampleValidation.validate(
        context: context, catalogs: try TemplateFiles.catalogs())
      switch format {
      case .json: Console.out(try JSONOutput.render(report))
      case .github: Console.out(DiagnosticText.github(report, rootPrefix: context.rootInRepository))
      case .text: Console.report(DiagnosticText.text(report, verbose: verbose))
      }
      if !report.passed { throw ExitCode.failure }
    }
  }
}
