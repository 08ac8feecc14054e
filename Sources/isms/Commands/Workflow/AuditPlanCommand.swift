import ArgumentParser
import ISMSCore

extension ISMSCommand.Audit {
  struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "plan",
      abstract: "Create an audit record with its plan (criteria, scope, dates, team, mode).",
      discussion: """
        Writes records/audits/ID.md in state scheduled (the plan is issued, d2). An internal audit \
        needs --lead, and no auditor may own an audited --area in isms.yml people[].areas (R48). \
        External audits belong to a cycle (--cycle, default: the open one) and name the CB's \
        auditors in --auditor-name.

        Planning a certification audit moves the cycle in the same commit: stage1 → plan_stage1; \
        stage2 → plan_stage2, refused before stage 1 is reported (R1), more than 6 months after it \
        (R3, a CB override lifts it), before an internal audit and a management review are \
        completed (R4), or with mandatory documents missing (R34); recertification → plan_recert, \
        refused unless it ends before expiry (R15); special → special_audit.

        Examples:
          isms audit plan AUD-2026-INT-01 --type internal \\
            --start 2026-02-09 --end 2026-02-11 --lead kfischer --area engineering \\
            --clause 4 --clause 9.2 --control A.5.15 --by amoreira
          isms audit plan AUD-2026-ST2 --type stage2 \\
            --start 2026-05-19 --end 2026-05-22 \\
            --auditor-name "B. Albers, Example Cert" --by amoreira

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions
    @OptionGroup var overrideOptions: OverrideOptions

    @Argument(help: ArgumentHelp("The audit id, AUD-YYYY-….", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The kind of audit.", valueName: "type"))
    var type: AuditType

    @Option(
      help: ArgumentHelp("The certification cycle (external audits; default: the open one).", valueName: "id")
    )
    var cycle: String?

    @Option(help: ArgumentHelp("The first day.", valueName: "yyyy-mm-dd"))
    var start: Day

    @Option(help: ArgumentHelp("The last day.", valueName: "yyyy-mm-dd"))
    var end: Day

    @Option(
      help: ArgumentHelp("The lead auditor, a person (required for internal audits).", valueName: "person"))
    var lead: String?

    @Option(help: ArgumentHelp("A further auditor, a person (repeatable).", valueName: "person"))
    var auditor: [String] = []

    @Option(help: ArgumentHelp("The external auditors, free text.", valueName: "text"))
    var auditorName: String?

    @Option(help: ArgumentHelp("An audited area or process (repeatable; R48).", valueName: "area"))
    var area: [String] = []

    @Option(help: ArgumentHelp("A clause covered, 4.1 … 10.2 (repeatable).", valueName: "clause"))
    var clause: [String] = []

    @Option(help: ArgumentHelp("An Annex A control covered (repeatable).", valueName: "control"))
    var control: [String] = []

    @Option(help: ArgumentHelp("Where the audit is held.", valueName: "mode"))
    var mode: AuditMode = .onsite

    @Option(help: ArgumentHelp("The title.", valueName: "text"))
    var title: String?

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      try WorkflowSession.refusing {
        let day = options.day(session.context.today)
        var request = AuditPlanRequest(
          id: id, type: type, start: start, end: end, on: day, by: person.id)
        (request.cycle, request.title, request.lead, request.auditors) = (cycle, title, lead, auditor)
        (request.auditorName, request.mode, request.areas) = (auditorName, mode.rawValue, area)
        (request.clauses, request.controls, request.note) = (clause, control, options.note)
        let change = try AuditCreation.plan(request, facts: session.facts)
        let cycleID = request.type.isExternal ? try session.facts.cycle(cycle).id : nil
        let changes = try session.withCycleEvent(
          change, event: .schedule, type: request.type, cycle: cycleID, by: person, on: day,
          override: overrideOptions.override)
        try session.commit(changes, note: options.note, by: actor)
      }
    }
  }
}

/// `isms audit plan --mode`: where the audit is held.
enum AuditMode: String, CaseIterable, ExpressibleByArgument {
  case onsite, remote, hybrid
}
