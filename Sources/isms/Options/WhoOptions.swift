import ArgumentParser

/// `--who PERSON`: keep only one person's work in the lists of `todo` and `review due`.
struct WhoOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Only what this person id has to do.", valueName: "person"))
  var who: String?

  // `review due` called this --owner; old scripts keep working.
  @Option(name: .customLong("owner"), help: .hidden)
  var owner: String?

  func validate() throws {
    if who != nil, owner != nil {
      throw ValidationError("--owner is the old name of --who; pass one of them.")
    }
  }

  /// The person whose work is listed, `nil` for everyone's.
  var person: String? { who ?? owner }
}
