import ArgumentParser
import ISMSCore

extension ISMSCommand.Audit {
  struct Cancel: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cancel",
      abstract: "Cancel an audit, with the reason.",
      discussion: """
        Moves the audit from any live state to cancelled (d2), as one commit by --by. A cancelled \
        audit counts for no surveillance or programme coverage; plan a new one.

        Example:
          isms audit cancel AUD-2026-SURV-01 --by amoreira \\
            --reason "Office unusable after water damage"

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The audit id.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Why the audit is cancelled (required).", valueName: "text"))
    var reason: String?

    func run() throws {
      try AuditStep.run(id, global: global, options: options, build: { $0.reason = reason }, event: .cancel)
    }
  }
}
