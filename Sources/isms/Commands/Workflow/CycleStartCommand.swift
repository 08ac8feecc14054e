import ArgumentParser
import ISMSCore

extension ISMSCommand.Cycle {
  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "start",
      abstract: "Create a certification cycle record in state preparing.",
      discussion: """
        Writes records/cycles/ID.md for the framework of isms.yml and the certification body of \
        isms.yml (or --certification-body). Next: 'isms cycle event apply' once the certification \
        agreement is signed.

        Example:
          isms cycle start CYC-2026 --by mweber --today 2026-01-15

        Exit status: 0 when written, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The cycle id, CYC-YYYY.", valueName: "id"))
    var id: String

    @Option(
      help: ArgumentHelp(
        "The certification body (default: certification_body.name of isms.yml).", valueName: "name"))
    var certificationBody: String?

    @Option(help: ArgumentHelp("The title.", valueName: "text"))
    var title: String?

    @Option(
      help: ArgumentHelp(
        "What the first surveillance counts from (R12).", valueName: "anchor"))
    var anchor: SurveillanceAnchor = .decision

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      let change = try WorkflowSession.refusing {
        try CycleCreation.start(
          id: id, certificationBody: certificationBody, title: title, anchor: anchor.rawValue,
          on: options.day(session.context.today), by: person.id, note: options.note, facts: session.facts)
      }
      try session.commit([change], note: options.note, by: actor)
    }
  }
}
