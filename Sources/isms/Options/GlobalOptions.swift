import ArgumentParser
import ISMSCore

/// Options every command that reads the ISMS accepts.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The ISMS folder, or any folder inside it (default: the current folder).",
      valueName: "path"))
  var repo: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read the committed state of this revision (branch, tag, commit id, HEAD~3) instead of the working tree.",
      valueName: "rev"))
  var rev: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Take this day as today for every date rule (also from ISMS_TODAY; default: the system date).",
      valueName: "yyyy-mm-dd"))
  var today: Day?
}
