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
        commits only that document, authored by the approver, with the trailers \
        ISMS-Approval: DOC and ISMS-Approved-Version: X.Y.

        Refused, with nothing written (exit 1), when:
          - the approver does not hold the role the document requires: its approver_role, and \
            top-management for the information security policy (R35, R37);
          - the approver changed the content since the last approval: authored a commit that \
            changed the body or a significant field, or is the git identity of an uncommitted \
            change (I5, segregation of duties);
          - the content changed since the last approval but the version did not rise (R36);
          - the document is retired (d4), already approved as it is, or would not validate;
          - the document has uncommitted changes.

        The approval covers exactly this content: a later change to the body or to a field other \
        than the approval and review bookkeeping makes it unapproved again ('isms review log').

        Examples:
          isms review approve POL-001 --by mweber
          isms review approve PROC-002 --by jdoe --today 2026-03-02

        Exit status: 0 when approved, 1 when refused or on errors, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp("The document id (or its path relative to the ISMS root).", valueName: "doc"))
    var document: String

    @Option(help: ArgumentHelp("Who approves: a person id or e-mail of isms.yml.", valueName: "person"))
    var by: String?

    func validate() throws { try ReviewTarget.refuseRevision(global, command: "approve") }

    func run() throws {
      let target = try ReviewTarget(document, context: try ISMSContext(global))
      try target.refuseInvalidDocument()
      let context = target.context
      let approver = try Acting.person(by, config: target.config, repository: context.repository)
      let dirty = try target.hasUncommittedChanges()
      let runner = dirty ? try? context.repository.defaultIdentity() : nil
      let status = ApprovalStatus(
        current: target.document, history: try target.history(), uncommittedAuthor: runner)
      let plan: ApprovalPlan
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
      } catch let refusal as ReviewRefusal {
        throw refusal.cliError
      }
      let commit = try target.commit(plan.text, message: plan.message, by: approver, today: global.today)
      Console.report(
        "Approved \(target.document.id) v\(plan.version) by \(approver.id) (commit \(commit.shortID)). "
          + "Next review: \(plan.nextReview); any later change to its content needs a new approval.")
    }
  }
}
