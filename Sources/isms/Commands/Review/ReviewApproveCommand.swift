import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Review {
  struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "approve",
      abstract: "Approve the current content of a policy, procedure or plan as one commit.",
      discussion: """
        Sets status: approved, approved_by, approved_on (today), effective (today, unless a later \
        day is set), last_review (today) and next_review (today plus the review interval), and \
        commits only that document, authored by the approver and committed by you, with the trailers \
        ISMS-Approval: DOC and ISMS-Approved-Version: X.Y (and ISMS-Recorded-Decision: REF).

        Refused, with nothing written (exit 1), when:
          - the approver does not hold the role the document requires: its
            approver_role, and top-management for the information security policy
            (R35, R37);
          - the approver changed the content since the last approval: authored a
            commit that changed the body or a significant field, or is the git
            identity of an uncommitted change (I5, segregation of duties);
          - the content changed since the last approval but the version did not
            rise (R36);
          - the document is retired (d4), already approved as it is (by another
            person or on an earlier day), or would not validate;
          - the document has uncommitted changes;
          - you are not the approver (your git user.email is not theirs) and give
            no --recorded-decision naming where they decided (R35).

        The approval covers exactly this content: a later change to the body or to a field other \
        than the approval and review bookkeeping makes it unapproved again ('isms review log').

        Examples:
          isms review approve POL-001 --by mweber
          isms review approve PROC-002 --by jdoe --today 2026-03-02
          isms review approve POL-002 --by mweber \\
            --recorded-decision "Board minutes 2026-03-02, item 4"

        Approving again what the same person already approved today changes nothing and says so \
        (exit 0), so that a repeated run is safe.

        Exit status: 0 when approved (or already approved today by the same person), 1 when refused \
        or on errors, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp("The document id (or its path relative to the ISMS root).", valueName: "doc"))
    var document: String

    @OptionGroup var who: ActorOptions

    func validate() throws { try ReviewTarget.refuseRevision(global, command: "approve") }

    func run() throws {
      let target = try ReviewTarget(document, context: try ISMSContext(global))
      try target.refuseInvalidDocument()
      let context = target.context
      let actor = try Acting.actor(who, config: target.config, repository: context.repository)
      let approver = actor.person
      let dirty = try target.hasUncommittedChanges()
      let runner = dirty ? try? context.repository.defaultIdentity() : nil
      let status = ApprovalStatus(
        current: target.document, history: try target.history(), uncommittedAuthor: runner)
      if let repeated = ApprovalRepeat.message(
        document: target.document, status: status, approver: approver, today: context.today), !dirty
      {
        return Console.report(repeated)
      }
      let plan: ApprovalPlan
      let templateText: [Diagnostic]
      do {
        plan = try ApprovalPlan(
          document: target.document, text: String(decoding: target.data, as: UTF8.self), approver: approver,
          config: target.config, status: status, today: context.today)
        if dirty {
          throw CLIError(
            "\(target.document.id) (\(target.document.path)) has uncommitted changes; commit them (another "
              + "person approves), then approve; nothing was written.")
        }
        let overlay = OverlaySnapshot(
          try target.snapshot(), replacing: target.document.path, with: Data(plan.text.utf8))
        let report = Validator.validate(
          loaded: ISMS.load(from: overlay), origin: overlay.origin, catalogs: try TemplateFiles.catalogs(),
          today: context.today)
        try ApprovalPlan.checkValidation(report, path: target.document.path, id: target.document.id)
        templateText = report.diagnostics.filter { $0.path == target.document.path && $0.rule == "I6" }
      } catch let refusal as ReviewRefusal {
        throw refusal.cliError
      }
      if plan.text == String(decoding: target.data, as: UTF8.self) {
        // The file already records this very approval (written by hand): there is nothing to commit.
        let id = target.document.id
        return Console.report(
          "\(id) v\(plan.version) already reads approved today by \(approver.id); nothing to do.")
      }
      try actor.requireOwnDecision("the approval of \(target.document.id)")
      // Template text does not stop an approval, but the approver is told before it is recorded.
      for warning in templateText {
        Console.err("warning (I6): \(AuthoringSession.describe(warning))")
      }
      let commit = try target.commit(plan.text, message: plan.message, by: actor)
      Console.report(
        "Approved \(target.document.id) v\(plan.version) by \(approver.id) (commit \(commit.shortID)). "
          + "Next review: \(plan.nextReview); any later change to its content needs a new approval.")
    }
  }
}
