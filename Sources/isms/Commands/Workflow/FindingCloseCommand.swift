import ArgumentParser
import ISMSCore

extension ISMSCommand.Finding {
  struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "close",
      abstract: "Close a finding: verified → closed, with the ISMS-change decision (10.2 e).",
      discussion: """
        A nonconformity closes only once verified, which needs its correction, root cause, \
        corrective actions and the review of their effectiveness (R50); --isms-change records \
        whether the ISMS needs changing ("none needed", or the changes made). An observation or \
        OFI closes from opened with a --reason saying whether and how it was considered (R54).

        Examples:
          isms finding close NC-2026-003 --by amoreira --isms-change "PRO-005 v2.0"
          isms finding close OFI-2026-001 --by shansen \\
            --reason "Adopted for 2027 objectives"

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The finding id.", valueName: "id"))
    var id: String

    @Option(
      help: ArgumentHelp("Whether the ISMS needs changing, and what changed (10.2 e).", valueName: "text"))
    var ismsChange: String?

    @Option(
      help: ArgumentHelp("Observations and OFIs: whether and how it was considered (R54).", valueName: "text")
    )
    var reason: String?

    func run() throws {
      try FindingStep.run(id, global: global, options: options, event: .close) { request in
        request.ismsChange = ismsChange
        request.reason = reason
      }
    }
  }
}
