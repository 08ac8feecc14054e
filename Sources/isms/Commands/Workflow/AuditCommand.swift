import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "audit",
      abstract: "Plan and run internal and certification audits; show the internal audit programme.",
      discussion: """
        An audit record (records/audits/ID.md) follows workflow d2 ('isms rules d2'): planned → scheduled → \
        in_progress → fieldwork_done → reported → closed (or cancelled). 'plan' writes it \
        scheduled; 'start', 'fieldwork', 'report', 'close' and 'cancel' move it on. Planning a \
        stage 1, stage 2, recertification or special audit and reporting a stage 1, stage 2, \
        surveillance or recertification audit also move the certification cycle, in the same commit.

        Every change is one commit authored by --by with the trailers ISMS-Record and ISMS-Event; \
        a refusal names its rule (R48 independence, R2 stage 1 conclusions, R4 readiness for \
        stage 2, …), exits 1 and writes nothing.
        """,
      subcommands: [
        Plan.self, Start.self, Fieldwork.self, Report.self, Close.self, Cancel.self, Programme.self,
      ])
  }
}

/// The shared run of the simple audit events.
enum AuditStep {
  /// Applies `request` built from the session to audit `id`, with its cycle event, and commits.
  static func run(
    _ id: String, global: GlobalOptions, options: WorkflowOptions, overrides: Override? = nil,
    build: (inout AuditEventRequest) -> Void = { _ in }, event: AuditEvent
  ) throws {
    let session = try WorkflowSession(global)
    let actor = try session.actor(options)
    let person = actor.person
    try WorkflowSession.refusing {
      let audit = try session.facts.document(id, kind: .audit)
      let day = options.day(session.context.today)
      var request = AuditEventRequest(event: event, on: day, by: person.id)
      request.note = options.note
      build(&request)
      let change = try AuditTransition.apply(
        request, to: audit, text: try session.text(of: audit), facts: session.facts)
      let changes = try session.withCycleEvent(
        change, event: event, type: audit.audit?.type ?? .internal, cycle: audit.audit?.cycle, by: person,
        on: day,
        override: overrides)
      try session.commit(changes, note: options.note, by: actor)
    }
  }
}
