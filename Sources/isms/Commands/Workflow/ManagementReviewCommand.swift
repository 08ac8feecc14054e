import ArgumentParser

extension ISMSCommand {
  struct ManagementReview: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "management-review",
      abstract: "Prepare, check and finalise management review minutes (9.3).",
      discussion: """
        'open' starts draft minutes with the ten 9.3.2 inputs (a–g, d in four parts) in their \
        `inputs` field, prepared from the repository where it can be (previous decisions, changed \
        documents, findings, metrics, audits, objectives, risks, opportunities); 'set' completes \
        an input or records a decision by command; 'check' shows what the minutes address and what they leave open; 'finalize', by top \
        management, makes them final once every input is addressed, top management attended and \
        every decision has an owner and a due date (R49, R51). Final minutes are never edited: a \
        correction is a new record with corrects: ID.
        """,
      subcommands: [Open.self, Complete.self, Check.self, Finalize.self])
  }
}
