import ArgumentParser
import ISMSCore

extension ISMSCommand.Audit {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Record the audit report: fieldwork_done → reported.",
      discussion: """
        Sets report_date (--date), reported_to, conclusion and, for stage 1, concerns (C1, C2, … \
        open; an empty list when the CB raised none). Refused (exit 1, nothing written) when an \
        internal audit names no management it reported to (9.2.2 c, R48), a stage 1 report has no \
        conclusion on objectives and readiness (R2), or a finding is ungraded (R6).

        Reporting a stage 1 audit records record_stage1 on the cycle (stage1_done, or \
        stage1_concerns while a concern is open); stage 2 record_stage2; a surveillance audit \
        hold_surveillance; a recertification audit record_recert — in the same commit.

        Examples:
          isms audit report AUD-2026-INT-01 --by kfischer --reported-to mweber
          isms audit report AUD-2026-ST1 --by amoreira \\
            --conclusion "Objectives met; ready for stage 2" \\
            --concern "Risk acceptance not documented for 9 risks"

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions
    @OptionGroup var overrideOptions: OverrideOptions

    @Argument(help: ArgumentHelp("The audit id.", valueName: "id"))
    var id: String

    @Option(
      help: ArgumentHelp(
        "Who received the results (repeatable; internal: relevant management).", valueName: "person"))
    var reportedTo: [String] = []

    @Option(
      help: ArgumentHelp(
        "The audit's conclusion (stage 1: objectives met, ready for stage 2).", valueName: "text"))
    var conclusion: String?

    @Option(help: ArgumentHelp("Stage 1: an area of concern (repeatable).", valueName: "text"))
    var concern: [String] = []

    func run() throws {
      try AuditStep.run(
        id, global: global, options: options, overrides: overrideOptions.override,
        build: {
          $0.reportedTo = reportedTo
          $0.conclusion = conclusion
          $0.concerns = concern
        }, event: .report)
    }
  }
}
