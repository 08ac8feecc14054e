import ArgumentParser
import ISMSCore

/// The options every writing workflow command takes: who acts, on which day, and a note.
struct WorkflowOptions: ParsableArguments {
  @OptionGroup var who: ActorOptions

  @Option(
    help: ArgumentHelp("The day of the event (default: --today or the system date).", valueName: "yyyy-mm-dd")
  )
  var date: Day?

  @Option(help: ArgumentHelp("A note for the history entry and the commit message.", valueName: "text"))
  var note: String?

  /// The event day: `--date`, else today.
  func day(_ today: Day) -> Day { date ?? today }
}

/// A certification-body override recorded with an event (R23).
struct OverrideOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The rule the CB lifts or whose deadline it moves (R3, R9, R10, R12, R15, R16, R18, R19, R53).",
      valueName: "rule"))
  var overrideRule: String?

  @Option(help: ArgumentHelp("Why the CB allowed it (required with --override-rule).", valueName: "text"))
  var justification: String?

  @Option(
    help: ArgumentHelp(
      "The CB's reference: letter, ticket, report number (required with --override-rule).", valueName: "ref"))
  var cbRef: String?

  @Option(help: ArgumentHelp("The new deadline, when the CB moves one.", valueName: "yyyy-mm-dd"))
  var newDue: Day?

  func validate() throws {
    guard let rule = overrideRule else {
      if justification != nil || cbRef != nil || newDue != nil {
        throw ValidationError("--justification, --cb-ref and --new-due go with --override-rule.")
      }
      return
    }
    guard !(justification ?? "").isEmpty, !(cbRef ?? "").isEmpty else {
      throw ValidationError("a CB override of \(rule) needs --justification and --cb-ref (R23).")
    }
  }

  /// The override, when one is given.
  var override: Override? {
    overrideRule.map {
      Override(
        rule: $0.uppercased(), justification: justification ?? "", cbRef: cbRef ?? "",
        newDue: newDue)
    }
  }
}
