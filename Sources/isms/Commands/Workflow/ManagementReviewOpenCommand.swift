import ArgumentParser
import ISMSCore

extension ISMSCommand.ManagementReview {
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "open",
      abstract: "Start draft minutes records/management-reviews/ID.md from the 9.3.2 template.",
      discussion: """
        Example:
          isms management-review open MR-2026-01 --date 2026-03-12 \\
            --attendee mweber --attendee jdoe --by jdoe

        Exit status: 0 when written, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The review id, MR-YYYY-NN.", valueName: "id"))
    var id: String

    @Option(
      help: ArgumentHelp(
        "A person attending (repeatable; at least one of top management, R49).", valueName: "person"))
    var attendee: [String] = []

    @Option(help: ArgumentHelp("The title.", valueName: "text"))
    var title: String?

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      try WorkflowSession.refusing {
        let change = try ManagementReviewMinutes.open(
          id: id, date: options.day(session.context.today), title: title,
          attendees: attendee.isEmpty ? [person.id] : attendee, facts: session.facts)
        try session.commit([change], note: options.note, by: actor)
      }
    }
  }
}
