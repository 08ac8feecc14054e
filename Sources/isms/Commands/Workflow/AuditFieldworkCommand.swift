import ArgumentParser
import ISMSCore

extension ISMSCommand.Audit {
  struct Fieldwork: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "fieldwork",
      abstract: "Record the closing meeting, findings listed.",
      discussion: """
        Moves the audit in_progress → fieldwork_done (d2), as one commit by --by.

        Example:
          isms audit fieldwork AUD-2026-INT-01 --by kfischer --date 2026-02-09

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The audit id.", valueName: "id"))
    var id: String

    func run() throws { try AuditStep.run(id, global: global, options: options, event: .finishFieldwork) }
  }
}
