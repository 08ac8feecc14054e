import ArgumentParser

extension ISMSCommand {
  struct Cycle: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "cycle",
      abstract: "Run the three-year certification cycle with the certification body.",
      discussion: """
        A cycle record (records/cycles/CYC-….md) follows workflow d1 ('isms rules d1'): preparing → \
        applied → stage1_planned → stage1_done → stage2_planned → stage2_done → (nc_resolution) → \
        decision_pending → certified → recert_planned → recert_done → … → certified. Planning and \
        reporting the certification audits ('isms audit plan', 'isms audit report') move the \
        cycle in the same commit; the CB's own steps are 'isms cycle event'.

        Every state change is one commit authored by --by, appending to the record's history, \
        with the trailers ISMS-Record and ISMS-Event. A refusal names its rule and writes \
        nothing; where the certification body is the authority, its recorded override \
        (--override-rule R --justification … --cb-ref …) lifts it (R23).
        """,
      subcommands: [Start.self, Event.self, Status.self])
  }
}
