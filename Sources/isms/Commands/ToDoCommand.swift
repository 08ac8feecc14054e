import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct ToDo: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "todo",
      abstract: "Everything waiting for someone: who acts, by when, and the command that does it.",
      discussion: """
        Lists, earliest due first: documents to approve (drafts, in review, and approved ones \
        whose content changed since the approval), reviews due (as 'isms review due' lists them), \
        findings and their corrective actions due or past due, audits to hold or report and \
        audits a certification cycle needs, management reviews to hold or finalise and their \
        decisions due. Items without a due day (awaiting approval, never held) come last. \
        'isms status' shows the same list.

        Examples:
          isms todo
          isms todo --who mweber --within 0
          isms todo --format json

        JSON keys: today, within, items[] {task (approve | review | finding | action | audit | \
        management_review), id, title, path, who[] (person ids), who_names[], due, days_late \
        (positive when overdue, 0 on the due day, negative before; as in 'review due'), state \
        (overdue | due | waiting), detail, command}.
        Exit status: 0 (also when work is waiting), 1 when the ISMS cannot be read, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var window: WithinOptions

    @OptionGroup var who: WhoOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let context = try ISMSContext(global)
      let snapshot = try context.snapshot()
      let isms = ISMS.load(from: snapshot, bodies: .skipped).isms
      let list = ToDoList(
        facts: WorkflowFacts(isms: isms, today: context.today), within: window.within,
        approvals: try ApprovalStates.read(isms, snapshot: snapshot, context: context), who: who.person)
      if format == .json { return Console.out(try JSONOutput.render(list)) }
      Console.report(DiagnosticText.printableLines(ToDoText.lines(list)))
    }
  }
}
