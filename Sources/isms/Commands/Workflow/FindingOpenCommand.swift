import ArgumentParser
import ISMSCore

extension ISMSCommand.Finding {
  struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "open",
      abstract: "Raise a finding: records/findings/NC-YYYY-NNN.md in state opened.",
      discussion: """
        A major or minor nonconformity needs the requirement (a clause or control), the statement \
        and the objective evidence (R6). The due date comes from isms.yml findings: external \
        majors major_days (R52), external minors minor_days for the plan (R53), internal ones \
        internal_major_days / internal_minor_days (R55); a stage 2 finding is due at the latest 6 \
        months after stage 2 (R10), a recertification finding by the expiry (R16). The id is the \
        next NC-YYYY-NNN (OBS-… for observations, OFI-… for OFIs) unless --id is given.

        Example:
          isms finding open --audit AUD-2026-ST2 --grade major --requirement 9.2 \\
            --statement "The internal audit programme does not cover Annex A" \\
            --evidence "Audit programme v1.0; no audit of A.5–A.8 in 2026" --by amoreira

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Option(help: ArgumentHelp("The audit that raised it.", valueName: "id"))
    var audit: String?

    @Option(help: ArgumentHelp("Without an audit: where the finding comes from.", valueName: "source"))
    var source: FindingOrigin = .other

    @Option(help: ArgumentHelp("How serious the finding is.", valueName: "grade"))
    var grade: FindingGrade

    @Option(help: ArgumentHelp("The clause or control not met, 9.2 or A.5.15.", valueName: "requirement"))
    var requirement: String?

    @Option(help: ArgumentHelp("What is not met.", valueName: "text"))
    var statement: String

    @Option(help: ArgumentHelp("The objective evidence.", valueName: "text"))
    var evidence: String?

    @Option(help: ArgumentHelp("The title (default: the statement's first sentence).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("The id (default: the next NC-YYYY-NNN).", valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp("The due date (default from isms.yml findings).", valueName: "yyyy-mm-dd"))
    var due: Day?

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let person = actor.person
      try WorkflowSession.refusing {
        var request = FindingOpenRequest(
          grade: grade, statement: statement,
          on: options.day(session.context.today), by: person.id)
        (request.audit, request.source, request.requirement, request.evidence) = (
          audit, source.rawValue, requirement, evidence
        )
        (request.title, request.id, request.due, request.note) = (
          title, id, due, options.note
        )
        try session.commit(
          [try FindingCreation.open(request, facts: session.facts)], note: options.note, by: actor)
      }
    }
  }
}

/// `isms finding open --source`: where a finding raised outside an audit comes from.
enum FindingOrigin: String, CaseIterable, ExpressibleByArgument {
  case incident, monitoring, other
}
