import ArgumentParser
import ISMSCore

extension ISMSCommand.ManagementReview {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Show which 9.3.2 inputs the minutes address, the actions, and the previous review's.",
      discussion: """
        Lists each input a)–g) (d in four parts) as addressed or missing, whether top management \
        attended (R49), the decisions that become tracked actions and those without owner or due \
        date (R51), and the previous review's decisions still open or overdue (input a).

        Formats: text (default) or json. Exit status: 0 when complete, 1 when something is missing.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The review id.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let session = try WorkflowSession(global, writing: false)
      let review = try WorkflowSession.refusing { try session.facts.document(id, kind: .managementReview) }
      let checklist = ManagementReviewMinutes.checklist(review, facts: session.facts)
      if format == .json {
        Console.out(try JSONOutput.render(checklist))
      } else {
        var lines = [
          "\(review.id): \(checklist.isComplete ? "complete" : "incomplete") (\(review.recordStatus?.rawValue ?? "?"))"
        ]
        lines += checklist.items.map { "  [\($0.addressed ? "x" : " ")] \($0.clause) \($0.input.rawValue)" }
        lines.append("Top management attended: \(checklist.topManagementPresent ? "yes" : "no (R49)")")
        lines.append(
          "Actions (R51): "
            + (checklist.actions.isEmpty
              ? "none"
              : checklist.actions.map {
                "\($0.id) \($0.owner ?? "?") due \($0.due.map(String.init(describing:)) ?? "?") \($0.status.rawValue)"
              }.joined(separator: "; ")))
        if !checklist.untrackableDecisions.isEmpty {
          lines.append("Without owner or due date: " + checklist.untrackableDecisions.joined(separator: ", "))
        }
        lines.append(
          "Previous review's actions open: "
            + (checklist.previousActionsOpen.isEmpty
              ? "none" : checklist.previousActionsOpen.joined(separator: ", ")))
        if !checklist.previousActionsOverdue.isEmpty {
          lines.append("  overdue: " + checklist.previousActionsOverdue.joined(separator: ", "))
        }
        Console.report(lines.joined(separator: "\n"))
      }
      if !checklist.isComplete { throw ExitCode.failure }
    }
  }
}
