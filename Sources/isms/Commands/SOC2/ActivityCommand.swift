import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Activity: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "activity",
      abstract: "Control activities that operate on a cadence (SOC 2 operating effectiveness).",
      subcommands: [Add.self])
  }
}

extension ISMSCommand.Activity {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Create activities/ACT-NNN.md, as one commit.",
      discussion: """
        Cadences and their occurrences: daily (each day), weekly (ISO weeks, Monday to Sunday: \
        2026-W14), monthly (2026-04), quarterly (2026-Q2), semiannual (2026-H1), annual (2026), \
        per-change (each change to the main branch: see 'isms soc2 population'). Evidence of an \
        occurrence is due by its last day plus --grace-days (default: daily 1, weekly 3, monthly 10, \
        quarterly, semiannual and annual 30).

        Example:
          isms activity add --title "Quarterly user access review" \\
            --control A.5.18 --control A.8.2 --criterion CC6.2 --owner shansen \\
            --cadence quarterly --start 2026-04-01 --by amoreira \\
            --description "System owners confirm every account and role."

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The title.", valueName: "text"))
    var title: String

    @Option(
      name: .customLong("control"),
      help: ArgumentHelp("An Annex A control it operates (repeatable).", valueName: "id"))
    var controls: [String] = []

    @Option(
      name: .customLong("criterion"),
      help: ArgumentHelp("A SOC 2 criterion it addresses (repeatable).", valueName: "id"))
    var criteria: [String] = []

    @Option(help: ArgumentHelp("The person responsible.", valueName: "person"))
    var owner: String

    @Option(help: ArgumentHelp("How often it operates.", valueName: "cadence"))
    var cadence: Cadence

    @Option(help: ArgumentHelp("The first day it operates.", valueName: "YYYY-MM-DD"))
    var start: Day

    @Option(
      help: ArgumentHelp("Days after an occurrence within which its evidence is on time.", valueName: "n"))
    var graceDays: Int?

    @Option(help: ArgumentHelp("What is done, in one paragraph.", valueName: "text"))
    var description: String

    @OptionGroup var who: ActorOptions

    func validate() throws {
      if controls.isEmpty { throw ValidationError("give at least one --control (an Annex A control id).") }
      if let graceDays, !NumberLimits.days.contains(graceDays) {
        throw ValidationError("--grace-days must be from 0 to \(NumberLimits.days.upperBound).")
      }
      for text in [title, description] + controls + criteria + [owner]
      where text.contains(where: \.isNewline) || text.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("values must be one non-empty line each.")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "activity add")
      let acting = try session.actor(who)
      let record = OperationRecordText.activity(
        title: title, controls: controls, criteria: criteria, owner: owner, cadence: cadence,
        start: start, graceDays: graceDays, description: description,
        isms: session.isms, today: session.context.today)
      try session.refuseNewErrors([(record.path, record.text)])
      let commit = try session.commit(
        [(record.path, record.text)],
        message: "Activity: add \(record.id) (\(title), \(cadence.rawValue))\n\n"
          + "ISMS-Record: \(record.id)\nISMS-Event: activity-add\n",
        by: acting)
      Console.report("Created \(record.path) by \(acting.person.id) (commit \(commit.shortID)).")
    }
  }
}

extension Cadence: ExpressibleByArgument {}
