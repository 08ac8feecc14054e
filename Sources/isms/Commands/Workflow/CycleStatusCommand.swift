import ArgumentParser
import ISMSCore

extension ISMSCommand.Cycle {
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Show where the certification cycle stands, what is due next and what blocks it.",
      discussion: """
        Reads the cycle record, its audits and findings, the internal audits, the final \
        management reviews and the mandatory documents, and shows: the state and whether a valid \
        certificate exists today; the next step and every refusal it would meet now (with the \
        rule and whether a CB override can lift it); every open deadline by date (stage 2 \
        window R3, surveillances R12, recertification R15, expiry R16, finding deadlines R52/R53, \
        the major window R10); and the alarms (surveillance overdue, recertification at risk, …).

        Formats: text (default) or json (stable keys).
        Exit status: 0, or 1 when there is no cycle or on errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The cycle (default: the only open one).", valueName: "id"))
    var cycle: String?

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let session = try WorkflowSession(global, writing: false)
      let status = try WorkflowSession.refusing { session.facts.status(of: try session.facts.cycle(cycle)) }
      Console.report(format == .json ? try JSONOutput.render(status) : CycleStatusText.render(status))
    }
  }
}
