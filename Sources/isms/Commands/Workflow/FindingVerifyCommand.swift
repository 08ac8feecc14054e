import ArgumentParser
import ISMSCore

extension ISMSCommand.Finding {
  struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "verify",
      abstract:
        "Record the review of effectiveness of the corrective action (10.2 d): implemented → verified.",
      discussion: """
        Internal nonconformities: --by is who reviewed effectiveness; it must not be who \
        implemented the actions, and the review comes at least soak_days (isms.yml findings, \
        default 30) after implementation, so it reviews effect, not existence (R55).
        External nonconformities: the certification body verifies; --method says how (full_audit, \
        limited_audit, documentary, next_audit, R8), --by is who records it, and an external \
        minor is verified at the next external audit, --audit (R53).

        Examples:
          isms finding verify NC-2026-003 --by kfischer --date 2026-06-01
          isms finding verify NC-2026-001 --by amoreira --method documentary \\
            --note "Verified by B. Albers"

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The finding id.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("How the certification body verified it.", valueName: "method"))
    var method: VerificationMethod?

    @Option(help: ArgumentHelp("The external audit at which the CB verified it (R53).", valueName: "id"))
    var audit: String?

    func run() throws {
      try FindingStep.run(id, global: global, options: options, event: .verify) { request in
        request.method = method
        request.verifiedAtAudit = audit
      }
    }
  }
}
