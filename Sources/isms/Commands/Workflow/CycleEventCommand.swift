import ArgumentParser
import ISMSCore

extension ISMSCommand.Cycle {
  struct Event: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "event",
      abstract: "Record a step of the certification body on the cycle (d1).",
      discussion: """
        EVENT is one of: \(CycleEvent.allCases.map(\.rawValue).joined(separator: ", ")).
        Planning and reporting stage 1, stage 2, surveillance and recertification audits is done \
        with 'isms audit plan' and 'isms audit report', which record the cycle event too.

        Guards (each refusal names its rule, exit 1, nothing written):
          plan_stage2: stage 1 reported (R1), within 6 months of it (R3), an
            internal audit and a final management review before stage 2 (R4), the
            mandatory documents present (R34);
          request_decision / accept_responses / grant: every major verified and
            every minor's plan accepted by the CB (R9), the audit report stored
            (R24), expiry ≤ decision + 3 years (R11);
          plan_recert: the audit ends before expiry (R15).
        A CB override (--override-rule R --justification … --cb-ref … [--new-due D]) is stored in \
        the cycle's overrides and the history entry's rule, and lifts R3, R9, R10, R12, R15, R16, \
        R18, R19; record_override records one on its own.

        Examples:
          isms cycle event apply --by mweber --note "Agreement signed"
          isms cycle event open_nc_resolution --by amoreira
          isms cycle event grant --by mweber --decision-date 2026-06-20 \\
            --certificate HC-1234
          isms cycle event record_override --by amoreira --override-rule R12 \\
            --new-due 2026-12-18 --justification "IAF ID 3 postponement" \\
            --cb-ref "letter HC-2026-0611"

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions
    @OptionGroup var overrideOptions: OverrideOptions

    @Argument(help: ArgumentHelp("The event.", valueName: "event"))
    var event: CycleEvent

    @Option(help: ArgumentHelp("The cycle (default: the only open one).", valueName: "id"))
    var cycle: String?

    @Option(
      help: ArgumentHelp("The audit the event concerns (default: the latest of its type).", valueName: "id"))
    var audit: String?

    @Option(
      help: ArgumentHelp("grant/restore: the decision date (default: --date).", valueName: "yyyy-mm-dd"))
    var decisionDate: Day?

    @Option(
      help: ArgumentHelp(
        "grant/restore: the expiry printed on the certificate (R11).", valueName: "yyyy-mm-dd"))
    var expiry: Day?

    @Option(help: ArgumentHelp("grant/restore: the certificate number.", valueName: "number"))
    var certificate: String?

    @Option(
      help: ArgumentHelp(
        "grant/restore: the SoA version certified (R22; default: the SoA's).", valueName: "x.y"))
    var soaVersion: String?

    @Option(help: ArgumentHelp("withdraw/reduce_scope: the CB's reason.", valueName: "text"))
    var reason: String?

    @Option(
      help: ArgumentHelp(
        "suspend: why the certification body suspends the certificate.", valueName: "cause"))
    var cause: SuspensionCause?

    @Flag(help: "reinstate: the suspension's cause is resolved.")
    var causeResolved = false

    @Flag(help: "restore: the outstanding recertification activities are complete (R18).")
    var activitiesComplete = false

    @Option(help: ArgumentHelp("transfer: the accepting certification body.", valueName: "name"))
    var to: String?

    @Flag(help: "transfer: the accepting CB's pre-transfer review is recorded (R29).")
    var preTransferReview = false

    /// The certification body's decisions: recorded by the --by person themselves, or with
    /// --recorded-decision naming the CB's letter (R35).
    static let decisions: Set<CycleEvent> = [
      .grant, .refuse, .restore, .suspend, .reinstate, .reduceScope, .withdraw,
    ]

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      if Self.decisions.contains(event) {
        try actor.requireOwnDecision("the certification body's \(event.rawValue) of the cycle")
      }
      try WorkflowSession.refusing {
        let document = try session.facts.cycle(cycle)
        try session.commit([change(document, session: session, by: person)], note: options.note, by: actor)
      }
    }

    private func change(_ document: Document, session: WorkflowSession, by person: Person) throws
      -> WorkflowChange
    {
      let day = decisionDate ?? options.day(session.context.today)
      var request = CycleEventRequest(event: event, on: day, by: person.id)
      request.audit = audit
      request.note = options.note
      request.override = overrideOptions.override
      request.certificate = certificate
      request.expiry = expiry
      request.soaVersion = soaVersion
      request.reason = reason
      request.cause = cause
      request.causeResolved = causeResolved
      request.activitiesComplete = activitiesComplete
      request.newCertificationBody = to
      request.preTransferReview = preTransferReview
      return try CycleTransition.apply(
        request, to: document, text: try session.text(of: document), facts: session.facts)
    }
  }
}
