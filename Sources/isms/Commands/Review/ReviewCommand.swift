import ArgumentParser

extension ISMSCommand {
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract: "Review, approve and trace documents; review the ISMS changes of a pull request.",
      discussion: """
        Controlled documents (policies, procedures, plans) are approved by a holder of their \
        approver_role (top management for the information security policy) who did not write the \
        change, and reviewed at planned intervals; risks and suppliers are reviewed too. Every \
        approval and review is one commit authored by the person acting, with trailers \
        (ISMS-Approval, ISMS-Review) that 'isms review log' and 'isms review pr' read back.

        An approval covers exactly the content it was given: a later change to the body or to any \
        field except status, approved_by, approved_on, effective, last_review and next_review makes \
        the document unapproved until it is approved anew.

        Examples:
          isms review due --within 60
          isms review record POL-002 --by jdoe --outcome unchanged
          isms review approve POL-001 --by mweber
          isms review log POL-001
          isms review pr --base origin/main --format markdown
          isms review codeowners
        """,
      subcommands: [Due.self, Record.self, Approve.self, Log.self, PR.self, CodeOwners.self])
  }
}
