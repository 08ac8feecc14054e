import ArgumentParser
import ISMSCore

extension ISMSCommand.Audit {
  struct Programme: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "programme",
      abstract: "Show the internal audit programme's coverage and what is still uncovered.",
      discussion: """
        Counts completed (reported or closed) internal audits: clauses 4–10 must be covered in \
        the last 12 months, and every applicable Annex A control of the SoA once in the \
        certification cycle (its three years once certified, else the three years up to today); \
        before stage 2, one full pass (R48 CONV, R4). An audited '9' covers 9.1–9.3.

        Formats: text (default) or json. Exit status: 0, also when gaps remain.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(
      help: ArgumentHelp(
        "The cycle whose window counts (default: the only open one, if any).", valueName: "id"))
    var cycle: String?

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let session = try WorkflowSession(global, writing: false)
      let document =
        cycle == nil
        ? try? session.facts.cycle(nil) : try WorkflowSession.refusing { try session.facts.cycle(cycle) }
      let coverage = session.facts.programme(cycle: document)
      if format == .json {
        Console.out(try JSONOutput.render(coverage))
        return
      }
      let controls = session.facts.applicableControls.count
      var lines = [
        "Internal audit programme\(document.map { " (cycle \($0.id))" } ?? "") on \(session.context.today)",
        "Clauses 4–10 uncovered in the last 12 months: "
          + (coverage.clausesUncoveredLast12Months.isEmpty
            ? "none" : coverage.clausesUncoveredLast12Months.joined(separator: ", ")),
        "Applicable controls uncovered in the cycle: \(coverage.controlsUncoveredInCycle.count) of \(controls)"
          + (coverage.controlsUncoveredInCycle.isEmpty
            ? "" : ": " + coverage.controlsUncoveredInCycle.joined(separator: ", ")),
      ]
      if let pass = coverage.fullPassBeforeStage2 {
        lines.append(
          "Full pass before stage 2: "
            + (pass ? "yes" : "no, missing " + coverage.uncoveredBeforeStage2.joined(separator: ", ")))
      }
      Console.report(lines.joined(separator: "\n"))
    }
  }
}
