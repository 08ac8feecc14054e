import ArgumentParser
import ISMSCore

extension ISMSCommand.Review {
  struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "record",
      abstract: "Record a periodic review of a document, risk or supplier as one commit.",
      discussion: """
        The reviewer (--by) is the document's owner, a holder of its approver role, the ciso or the \
        isms-manager (R38). The commit is authored by the reviewer, dated --today when given, touches \
        only the document, and carries the trailers ISMS-Review: DOC and ISMS-Outcome: OUTCOME.

        --outcome unchanged (default): "reviewed, no change" (d4). Sets last_review (assessed_on for \
        a risk) to today and next_review to today plus the review interval; the version stays and \
        the approval still covers the document. Needs an approved document whose content has not \
        changed since its last approval.
        --outcome revised: the document needs revision. A policy, procedure or plan gets \
        last_review today and status draft, and is approved anew once revised; a risk or supplier \
        gets its dates moved as for unchanged.

        Refused (exit 1, nothing written) when the reviewer is not entitled, the document has \
        uncommitted changes, or the lifecycle forbids it (d4).

        Examples:
          isms review record POL-002 --by jdoe
          isms review record RISK-001 --by jdoe --note "Threat landscape unchanged"
          isms review record PROC-003 --by jdoe --outcome revised \\
            --note "New ticketing tool"

        Exit status: 0 when recorded, 1 when refused or on errors, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp("The document id (or its path relative to the ISMS root).", valueName: "doc"))
    var document: String

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("unchanged or revised.", valueName: "outcome"))
    var outcome: ReviewOutcomeOption = .unchanged

    @Option(help: ArgumentHelp("What the review found, for the commit message.", valueName: "text"))
    var note: String?

    func validate() throws { try ReviewTarget.refuseRevision(global, command: "record") }

    func run() throws {
      let target = try ReviewTarget(document, context: try ISMSContext(global))
      try target.refuseInvalidDocument()
      let context = target.context
      let actor = try Acting.actor(who, config: target.config, repository: context.repository)
      let reviewer = actor.person
      if try target.hasUncommittedChanges() {
        throw CLIError(
          "\(target.document.id) (\(target.document.path)) has uncommitted changes; commit or discard them, "
            + "then record the review; nothing was written.")
      }
      let approval =
        target.document.kind.isControlled
        ? ApprovalStatus(current: target.document, history: try target.history()) : nil
      let plan: ReviewRecordPlan
      do {
        plan = try ReviewRecordPlan(
          document: target.document, text: String(decoding: target.data, as: UTF8.self), reviewer: reviewer,
          outcome: outcome.outcome, note: note, config: target.config, approval: approval,
          today: context.today)
      } catch let refusal as ReviewRefusal {
        throw refusal.cliError
      }
      if plan.text == String(decoding: target.data, as: UTF8.self) {
        throw CLIError(
          "the review of \(target.document.id) on \(context.today) is already recorded; nothing was written.")
      }
      let commit = try target.commit(plan.text, message: plan.message, by: actor)
      let next =
        plan.nextReview.map { "Next review: \($0)." }
        ?? "Next: revise it, raise its version, then 'isms review approve \(target.document.id) --by PERSON'."
      Console.report(
        "Recorded the review of \(target.document.id) by \(reviewer.id): \(outcome.rawValue) "
          + "(commit \(commit.shortID)). \(next)")
    }
  }
}

/// `--outcome` on the command line.
enum ReviewOutcomeOption: String, ExpressibleByArgument, CaseIterable {
  /// See ``ReviewOutcome/unchanged``.
  case unchanged
  /// See ``ReviewOutcome/revised``.
  case revised

  /// The core value.
  var outcome: ReviewOutcome { self == .unchanged ? .unchanged : .revised }
}
