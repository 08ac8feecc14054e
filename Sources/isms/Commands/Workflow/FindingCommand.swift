import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Finding: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "finding",
      abstract: "Raise audit findings and take nonconformities through correction and corrective action.",
      discussion: """
        A finding record (records/findings/NC-YYYY-NNN.md) follows workflow d3 ('isms rules d3', \
        ISO/IEC 27001 10.2): opened → contained (correction) → cause_analysed (root cause, similar NCs) → \
        action_planned (actions with owner and due) → [external: plan_submitted → plan_accepted \
        by the CB] → implemented (evidence) → verified (effectiveness) → closed (ISMS change \
        decided). Observations and OFIs need no response (R54): close them with a --reason.

        Every change is one commit authored by --by with the trailers ISMS-Record and ISMS-Event; \
        a refusal names its rule and writes nothing: closing a nonconformity without root cause, \
        corrective action and verification (R50); verification by the implementer or before the \
        soak period (R55); implementing an external NC before the CB accepted its plan (R7); an \
        external NC verified without the CB's method (R8).
        """,
      subcommands: [Open.self, Update.self, Verify.self, Close.self])
  }
}

/// The shared run of the finding events.
enum FindingStep {
  /// Applies `request` (built from the session) to finding `id` and commits.
  static func run(
    _ id: String, global: GlobalOptions, options: WorkflowOptions, event: FindingEvent,
    build: (inout FindingEventRequest) -> Void
  ) throws {
    let session = try WorkflowSession(global)
    let actor = try session.actor(options)
    let person = actor.person
    if event == .verify || event == .close { try actor.requireOwnDecision("\(event.rawValue) of \(id)") }
    try WorkflowSession.refusing {
      let finding = try session.facts.document(id, kind: .finding)
      var request = FindingEventRequest(event: event, on: options.day(session.context.today), by: person.id)
      request.note = options.note
      build(&request)
      let text = try session.text(of: finding)
      let changes =
        event == .escalate
        ? try FindingEscalation.escalate(request, finding: finding, text: text, facts: session.facts)
        : [try FindingTransition.apply(request, to: finding, text: text, facts: session.facts)]
      try session.commit(changes, note: options.note, by: actor)
    }
  }
}
