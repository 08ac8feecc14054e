import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Finding {
  struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Record a step of a finding's correction and corrective action (10.2).",
      discussion: """
        --event and what it needs (written into the record before the rules check it):
          - contain: --correction (10.2 a);
          - analyse-cause: --root-cause, --similar-nc-check (10.2 b);
          - plan-actions: --action TEXT --action-owner PERSON --action-due DATE,
            repeated (10.2 c);
          - submit-plan: external; correction, cause and actions go to the CB (R7);
          - accept-plan: external; the CB accepted the plan (R9);
          - reject-plan: --reason;
          - implement: --evidence (10.2 c); external only after accept-plan (R7);
          - escalate: a minor raised to major (R53), --reason; opens the follow-up
            major (the next NC-YYYY-NNN) in the same commit, linked both ways by
            escalated_to and escalated_from;
          - void: --justification --approver;
          - reopen: --reason (failed effectiveness check or recurrence).
        Verification and closing are 'isms finding verify' and 'isms finding close'.

        Example:
          isms finding update NC-2026-001 --event plan-actions --by lwagner \\
            --action "Automate the access review export" \\
            --action-owner lwagner --action-due 2026-04-30

        Exit status: 0 when recorded, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The finding id.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The event (see above).", valueName: "event"))
    var event: String

    @Option(help: ArgumentHelp("The correction (10.2 a).", valueName: "text")) var correction: String?
    @Option(help: ArgumentHelp("The root cause and how it was found (10.2 b).", valueName: "text"))
    var rootCause: String?
    @Option(help: ArgumentHelp("Whether similar NCs exist or could occur (10.2 b).", valueName: "text"))
    var similarNcCheck: String?
    @Option(
      help: ArgumentHelp(
        "A corrective action (repeatable, with --action-owner and --action-due).", valueName: "text"))
    var action: [String] = []
    @Option(help: ArgumentHelp("The owner of each --action, in order.", valueName: "person")) var actionOwner:
      [String] = []
    @Option(help: ArgumentHelp("The due date of each --action, in order.", valueName: "yyyy-mm-dd"))
    var actionDue: [String] = []
    @Option(help: ArgumentHelp("Evidence of implementation (10.2 c).", valueName: "text")) var evidence:
      String?
    @Option(help: ArgumentHelp("Why (reject-plan, escalate, reopen).", valueName: "text")) var reason: String?
    @Option(help: ArgumentHelp("Why the finding is void.", valueName: "text")) var justification: String?
    @Option(help: ArgumentHelp("Who approved voiding it.", valueName: "person")) var approver: String?

    static let events: [String: FindingEvent] = [
      "contain": .contain, "analyse-cause": .analyseCause, "plan-actions": .planActions,
      "submit-plan": .submitPlan,
      "accept-plan": .acceptPlan, "reject-plan": .rejectPlan, "implement": .implement, "escalate": .escalate,
      "void": .void, "reopen": .reopen,
    ]

    func validate() throws {
      guard Self.events[event.replacingOccurrences(of: "_", with: "-")] != nil else {
        throw ValidationError("--event takes \(Self.events.keys.sorted().joined(separator: ", ")).")
      }
      guard actionOwner.count <= action.count, actionDue.count <= action.count,
        actionDue.allSatisfy({ Day($0) != nil })
      else {
        throw ValidationError("give one --action-owner and one --action-due date per --action.")
      }
    }

    func run() throws {
      let kind = Self.events[event.replacingOccurrences(of: "_", with: "-")] ?? .contain
      try FindingStep.run(id, global: global, options: options, event: kind) { request in
        (request.correction, request.rootCause, request.similarNCCheck) = (
          correction, rootCause, similarNcCheck
        )
        request.actions = action.enumerated().map { index, text in
          PlannedAction(
            action: text, owner: index < actionOwner.count ? actionOwner[index] : nil,
            due: index < actionDue.count ? Day(actionDue[index]) : nil)
        }
        (request.implementationEvidence, request.reason) = (evidence, reason)
        (request.justification, request.approver) = (justification, approver)
      }
    }
  }
}
