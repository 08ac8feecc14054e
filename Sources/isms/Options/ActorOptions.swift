import ArgumentParser

/// Who a writing command acts for: `--by` and `--recorded-decision`, the same on every writing command.
struct ActorOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Who the change stands for: a person id or e-mail of isms.yml, the commit's author (default: the "
        + "person of your git identity). The committer is always you, the person running isms.",
      valueName: "person"))
  var by: String?

  @Option(
    help: ArgumentHelp(
      "Record a decision --by took elsewhere (minutes, ticket, signed e-mail): its reference goes into "
        + "the commit as the trailer ISMS-Recorded-Decision. Without it, a decision (approval, "
        + "verification, closure, finalisation, a certification body's decision) must be run by --by "
        + "themselves.",
      valueName: "reference"))
  var recordedDecision: String?

  func validate() throws {
    guard let recordedDecision else { return }
    if recordedDecision.trimmingCharacters(in: .whitespaces).isEmpty
      || recordedDecision.contains(where: {
        $0.isNewline || $0.asciiValue.map { $0 < 32 || $0 == 127 } == true
      })
    {
      throw ValidationError(
        "--recorded-decision must name the decision's reference on one line (minutes, ticket, e-mail).")
    }
  }
}
