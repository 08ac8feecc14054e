import ArgumentParser

extension ISMSCommand.Review {
  struct PR: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "pr",
      abstract: "Review what a pull request changes in the ISMS and the rules it breaks.",
      discussion: """
        Compares --head (default HEAD) with its merge base with --base, as a pull request does, and \
        reports for the reviewer: each changed document with the front-matter fields that changed \
        (old → new) and whether its body changed; added, removed and renamed documents; Statement \
        of Applicability changes; risks whose level changed. Then the rules the change breaks:
          - a policy, procedure or plan whose content changed without a higher
            version (R36);
          - a status change the lifecycle forbids, or an edit of a retired
            document (d4);
          - an approved document deleted instead of retired (R36);
          - a final record edited in place or deleted (d4, records);
          - a control removed, or no longer applicable, while documents point to it;
          - errors of 'isms validate' on the head in the changed files, and
            ISMS-wide errors the base did not have;
          - an approval nobody outside the change's authors can give (I5,
            segregation of duties).
        Finally the approvals the change needs: the role, and the people holding it who did not \
        author the change. An approval commit in the change ('isms review approve') that covers the \
        head's content satisfies it.

        Cost follows the change: the review reads the changed files, the documents the rules \
        connect them to, and an index of the merge base (ids, kinds, links and ISMS-wide \
        diagnostics) kept next to the front-matter cache in the git folder. The first review \
        against a new base builds that index by validating the base once. A change to isms.yml, or \
        ISMS_CACHE=off, validates the whole head instead; the report is the same either way.

        Formats: markdown (default; for a pull-request comment or job summary), json (stable keys: \
        base, head, merge_base, commits, documents, applicability, risks, findings, approvals, \
        authors, passed), github (workflow annotations).

        Examples:
          isms review pr --base origin/main
          isms review pr --base main --head feature/new-policy --format json

        Exit status: 0 when no rule is broken, 1 when one is (or on errors), 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The branch the pull request merges into.", valueName: "rev"))
    var base: String

    @Option(help: ArgumentHelp("The pull request's head.", valueName: "rev"))
    var head: String = "HEAD"

    @Option(help: ArgumentHelp("Output format: markdown, json or github.", valueName: "format"))
    var format: PullRequestFormat = .markdown

    func validate() throws {
      if global.rev != nil { throw ValidationError("review pr takes --base and --head, not --rev.") }
    }

    func run() throws {
      try plain.run()
    }

    /// The options as plain values.
    var plain: PullRequestRun {
      PullRequestRun(base: base, head: head, format: format, repo: global.repo, today: global.today)
    }
  }
}
