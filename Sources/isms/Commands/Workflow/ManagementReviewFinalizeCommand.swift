import ArgumentParser
import ISMSCore

extension ISMSCommand.ManagementReview {
  struct Finalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "finalize",
      abstract: "Make management review minutes final (status: final), by top management.",
      discussion: """
        Refused (exit 1, nothing written) unless --by holds top-management, every 9.3.2 input is \
        addressed, top management attended, a decision is recorded and every decision has an \
        owner and a due date (R49, R51).

        Example:
          isms management-review finalize MR-2026-01 --by mweber

        Exit status: 0 when written, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The review id.", valueName: "id"))
    var id: String

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      try actor.requireOwnDecision("the finalisation of \(id)")
      try WorkflowSession.refusing {
        let review = try session.facts.document(id, kind: .managementReview)
        let change = try ManagementReviewMinutes.finalize(
          review, text: try session.text(of: review), by: person, facts: session.facts)
        try session.commit([change], note: options.note, by: actor)
      }
    }
  }
}
