import ArgumentParser
import ISMSCore

extension ISMSCommand.Audit {
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "close",
      abstract: "Record every finding dispositioned.",
      discussion: """
        Moves the audit reported → closed (external: every NC's plan accepted by the CB; internal: every NC's actions planned) (d2), as one commit by --by.

        Example:
          isms audit close AUD-2026-INT-01 --by kfischer --date 2026-02-09

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The audit id.", valueName: "id"))
    var id: String

    func run() throws { try AuditStep.run(id, global: global, options: options, event: .close) }
  }
}
