import GitStore
import ISMSCore

/// Who acts in a writing command: the person the change stands for (`--by`, the commit's author),
/// who runs `isms` (the committer) and, for a decision taken elsewhere, its reference.
struct ActingPerson {
  /// The person the change stands for.
  let person: Person
  /// The git identity running `isms`, as the ISMS knows it when its e-mail is a person's.
  let runner: Identity
  /// The person of the ISMS whose e-mail the runner's git identity has, if any.
  let runnerPerson: Person?
  /// `--recorded-decision`: the reference of a decision `person` took elsewhere.
  let recordedDecision: String?

  /// The commit's author.
  var author: Identity { Acting.identity(of: person) }

  /// Refuses to record `decision` (an approval, a verification, …) as `person`'s unless `person`
  /// runs `isms` or the command names the decision taken elsewhere (`--recorded-decision`): a
  /// record of someone's decision must not be made silently by someone else.
  /// - Throws: `CLIError` citing R35, with nothing written.
  func requireOwnDecision(_ decision: String) throws {
    guard recordedDecision == nil, runnerPerson?.id != person.id else { return }
    let runnerText = runnerPerson.map { "\($0.id) (\(runner.email))" } ?? "\(runner.name) <\(runner.email)>"
    throw CLIError(
      "refused (R35): \(decision) is recorded in \(person.id)'s name, but isms runs as \(runnerText); run it as "
        + "\(person.id) (their git user.email), or record a decision \(person.id) took elsewhere with "
        + "--recorded-decision \"<minutes, ticket or e-mail reference>\"; nothing was written.")
  }

  /// `message` with the trailer `ISMS-Recorded-Decision` when the decision was taken elsewhere.
  func message(_ message: String) -> String {
    guard let recordedDecision else { return message }
    return Acting.appendingTrailer("\(ReviewTrailer.recordedDecision): \(recordedDecision)", to: message)
  }
}

/// Resolves who acts: `--by` against `isms.yml`, and the git identity running `isms`.
enum Acting {
  /// The actor of a writing command: `--by` (person id or e-mail) or the git identity's person,
  /// run by the git identity.
  /// - Throws: `CLIError` when `isms.yml` cannot be read, `--by` names nobody, or no git identity is set.
  static func actor(_ options: ActorOptions, config: ISMSConfig?, repository: GitRepository) throws
    -> ActingPerson
  {
    guard let config else { throw CLIError("isms.yml cannot be read; run 'isms validate' and fix it first.") }
    guard let identity = try? repository.defaultIdentity() else {
      throw CLIError(
        "who runs isms? git user.name and user.email are not set, and isms records you as the commit's "
          + "committer: set them (git config user.name …, git config user.email …); nothing was written.")
    }
    let runnerPerson = config.person(email: identity.email)
    let person: Person
    if let reference = options.by {
      guard let named = config.person(named: reference) else {
        let known = config.people.map(\.id).sorted().joined(separator: ", ")
        throw CLIError(
          "--by \(reference) is not a person in isms.yml (known: \(known)); add them under people.")
      }
      person = named
    } else {
      guard let runnerPerson else {
        throw CLIError(
          "who is acting? pass --by PERSON (a person id of isms.yml), or set git user.email to theirs.")
      }
      person = runnerPerson
    }
    return ActingPerson(
      person: person, runner: runnerPerson.map(identity(of:)) ?? identity, runnerPerson: runnerPerson,
      recordedDecision: options.recordedDecision)
  }

  /// The git identity of a person of the ISMS.
  static func identity(of person: Person) -> Identity { Identity(name: person.name, email: person.email) }

  /// `message` with `trailer` added to its trailer block (or as a new one).
  static func appendingTrailer(_ trailer: String, to message: String) -> String {
    let trimmed = message.trimmingTrailingNewlines()
    let paragraphs = trimmed.components(separatedBy: "\n\n")
    let last = paragraphs.count > 1 ? paragraphs[paragraphs.count - 1] : ""
    let isTrailerBlock =
      !last.isEmpty
      && last.split(separator: "\n").allSatisfy { line in
        guard let colon = line.firstIndex(of: ":") else { return false }
        return !line[..<colon].isEmpty && !line[..<colon].contains(" ")
      }
    return trimmed + (isTrailerBlock ? "\n" : "\n\n") + trailer + "\n"
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
