import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "One screen for the ISMS manager: documents, SoA, risks, reviews due, validation.",
      discussion: """
        Counts documents by kind and status, the Statement of Applicability (applicable, \
        implemented, planned, excluded, undecided), risks by band before and after treatment \
        (by the bands of risk_method in isms.yml), the reviews overdue or due within \
        --within days, and the validation summary. Exit status 1 when validation finds errors.
        """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var window: WithinOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let context = try ISMSContext(global)
      let catalogs = try TemplateFiles.catalogs()
      let snapshot = try context.snapshot()
      let loaded = ISMS.load(from: snapshot, bodies: .skipped)
      let validation = Validator.validate(
        loaded: loaded, origin: snapshot.origin, catalogs: catalogs, today: context.today, reading: snapshot)
      let report = StatusReport(
        isms: loaded.isms, catalogs: catalogs, today: context.today, dueWithinDays: window.within,
        validation: validation,
        approvals: try ApprovalStates.read(loaded.isms, snapshot: snapshot, context: context))
      if format == .json {
        Console.out(try JSONOutput.render(report))
      } else {
        Console.report(
          StatusText.render(report, organization: loaded.isms.config?.organization, origin: snapshot.origin))
      }
      if !validation.passed { throw ExitCode.failure }
    }
  }
}
