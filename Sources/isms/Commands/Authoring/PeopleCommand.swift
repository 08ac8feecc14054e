import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "people",
      abstract: "Add people to isms.yml, change their roles, and hand over what they own when they leave.",
      discussion: """
        Each command edits the people of isms.yml in place (its comments and layout stay) and \
        makes one commit by the person acting (--by). Roles: \
        \(Role.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          isms people add asmith --name "Alex Smith" --email alex@example.com \\
            --role risk-owner --by jdoe
          isms people set asmith --roles ciso,risk-owner --by jdoe
          isms people leave asmith --reassign-to jdoe --by jdoe
        """,
      subcommands: [Add.self, SetPerson.self, Leave.self])
  }
}

/// Parsing and checking the values people commands take.
enum PeopleInput {
  /// Roles from `--role a --role b` or `--roles a,b`.
  static func roles(_ values: [String], flag: String) throws -> [Role] {
    var roles: [Role] = []
    for value in values.flatMap({ $0.split(separator: ",") }) {
      let word = value.trimmingCharacters(in: .whitespaces).lowercased()
      guard let role = Role(rawValue: word) else {
        throw ValidationError(
          "\(flag) '\(word)' is not a role; use \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      if !roles.contains(role) { roles.append(role) }
    }
    return roles
  }

  /// Refuses a person id that documents could not name.
  static func checkID(_ id: String) throws {
    let allowed =
      id.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
      && id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    if !allowed {
      throw ValidationError(
        "person id '\(id)' must be letters, digits, '.', '_' or '-', starting with a letter or digit.")
    }
  }

  /// Refuses text with line breaks or control characters (one-line YAML values).
  static func checkLine(_ value: String?, flag: String) throws {
    guard let value else { return }
    if value.trimmingCharacters(in: .whitespaces).isEmpty || value.contains(where: { $0.isNewline })
      || value.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 })
    {
      throw ValidationError("\(flag) must be one line of text.")
    }
  }

  /// The exact id of the person `reference` names (id or e-mail), or an error listing who is known.
  static func person(_ reference: String, in config: ISMSConfig, flag: String) throws -> Person {
    guard let person = config.person(named: reference) else {
      throw CLIError(
        "\(flag)\(reference) is not a person in isms.yml (known: \(config.people.map(\.id).sorted().joined(separator: ", "))); "
          + "nothing was written.")
    }
    return person
  }

  /// Turns an edit of isms.yml that failed into the one-line error.
  static func editing<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as ConfigEditError {
      throw CLIError("isms.yml: \(error); nothing was written.")
    } catch let error as FrontMatterEditError {
      throw CLIError("isms.yml: \(error); nothing was written.")
    }
  }
}

/// The JSON of the people commands.
struct PeopleReport: Encodable {
  let person: String
  let event: String
  let by: String
  let roles: [String]
  @NullEncoded var reassignTo: String?
  let reassigned: [Ownership.Item]
  @NullEncoded var commit: String?

  private enum CodingKeys: String, CodingKey {
    case person, event, by, roles, reassigned, commit
    case reassignTo = "reassign_to"
  }
}
