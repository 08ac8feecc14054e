import ArgumentParser
import ISMSCore

extension ISMSCommand.ManagementReview {
  struct Complete: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Complete draft minutes: an input's text, or a decision with its owner and due date.",
      discussion: """
        --input NAME=TEXT replaces the text of one 9.3.2 input (repeatable); NAME is one of \
        \(ReviewInput.allCases.map(\.rawValue).joined(separator: ", ")). --decision records a \
        decision (9.3.3) as the next ID-Dn, with --owner and --due (R51). Refused when the minutes \
        are final (R36).

        Examples:
          isms management-review set MR-2026-01 --by mweber \\
            --input interested_parties="No changes in the register" \\
            --input interested_party_feedback="No complaints"
          isms management-review set MR-2026-01 --by mweber \\
            --decision "Test the backups quarterly" --owner jdoe --due 2026-06-30

        Exit status: 0 when written, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: WorkflowOptions

    @Argument(help: ArgumentHelp("The review id.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("An input's text (repeatable).", valueName: "name=text"))
    var input: [String] = []

    @Option(help: ArgumentHelp("A decision to record (with --owner and --due).", valueName: "text"))
    var decision: String?

    @Option(help: ArgumentHelp("The person who carries out the decision.", valueName: "person"))
    var owner: String?

    @Option(help: ArgumentHelp("The decision's due day.", valueName: "yyyy-mm-dd"))
    var due: Day?

    func validate() throws {
      _ = try inputs()
      guard let decision else {
        if owner != nil || due != nil { throw ValidationError("--owner and --due go with --decision.") }
        return
      }
      guard !decision.allSatisfy(\.isWhitespace), owner != nil, due != nil else {
        throw ValidationError("--decision needs its text, --owner PERSON and --due YYYY-MM-DD (R51).")
      }
    }

    func run() throws {
      let session = try WorkflowSession(global)
      let actor = try session.actor(options)
      let inputs = try inputs()
      try WorkflowSession.refusing {
        let review = try session.facts.document(id, kind: .managementReview)
        let new = decision.flatMap { text in
          owner.flatMap { owner in
            due.map {
              ManagementReviewMinutes.NewDecision(decision: text, owner: owner, due: $0)
            }
          }
        }
        let change = try ManagementReviewMinutes.complete(
          review, text: try session.text(of: review), inputs: inputs, decision: new, facts: session.facts)
        try session.commit([change], note: options.note, by: actor)
      }
    }

    /// The `--input` options by input.
    private func inputs() throws -> [ReviewInput: String] {
      var result: [ReviewInput: String] = [:]
      for entry in input {
        let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let name = ReviewInput(rawValue: String(parts[0])),
          !parts[1].allSatisfy(\.isWhitespace)
        else {
          throw ValidationError(
            "--input '\(entry)' is not NAME=TEXT with NAME one of "
              + ReviewInput.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        result[name] = String(parts[1])
      }
      return result
    }
  }
}
