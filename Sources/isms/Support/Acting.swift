import GitStore
import ISMSCore

/// Who is acting: the `--by` person of the ISMS, else the git identity if it belongs to one.
enum Acting {
  /// Resolves `--by` (person id or e-mail) against `isms.yml`, or falls back to the git identity.
  static func person(_ reference: String?, config: ISMSConfig?, repository: GitRepository) throws -> Person {
    guard let config else { throw CLIError("isms.yml cannot be read; run 'isms validate' and fix it first.") }
    if let reference {
      guard let person = config.person(named: reference) else {
        let known = config.people.map(\.id).sorted().joined(separator: ", ")
        throw CLIError("--by \(reference) is not a person in isms.yml (known: \(known)); add them under people.")
      }
      return person
    }
    guard let identity = try? repository.defaultIdentity(), let person = config.person(email: identity.email) else {
      throw CLIError("who is acting? pass --by PERSON (a person id of isms.yml), or set git user.email to theirs.")
    }
    return person
  }

  /// The git author for a person of the ISMS.
  static func identity(of person: Person) -> Identity { Identity(name: person.name, email: person.email) }
}
