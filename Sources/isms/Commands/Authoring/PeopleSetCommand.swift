import ArgumentParser
import ISMSCore

extension ISMSCommand.People {
  struct SetPerson: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Change a person's roles, name, e-mail or forge handle in isms.yml, as one commit.",
      discussion: """
        --roles replaces the person's roles with the list given. Refused, with nothing written, \
        when the ISMS would have a new error (no one left holding top-management, an approval \
        whose approver no longer holds the role).

        Examples:
          isms people set asmith --roles ciso,risk-owner --by jdoe
          isms people set jdoe --roles isms-manager --by mweber # hands ciso over
          isms people set asmith --email alex@example.com --by jdoe --format json

        Exit status: 0 when committed (or nothing to change), 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The person id (or e-mail).", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The roles, comma-separated; replaces the current ones.", valueName: "roles"))
    var roles: String?

    @Option(help: ArgumentHelp("Full name.", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("E-mail address.", valueName: "email"))
    var email: String?

    @Option(help: ArgumentHelp("GitHub/GitLab handle, for CODEOWNERS.", valueName: "handle"))
    var forge: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if roles == nil, name == nil, email == nil, forge == nil {
        throw ValidationError("say what to change: --roles, --name, --email or --forge.")
      }
      if let roles, try PeopleInput.roles([roles], flag: "--roles").isEmpty {
        throw ValidationError(
          "--roles needs at least one role; to take every role away, use 'isms people leave'.")
      }
      try PeopleInput.checkLine(name, flag: "--name")
      try PeopleInput.checkLine(email, flag: "--email")
      try PeopleInput.checkLine(forge, flag: "--forge")
      if let email, !email.contains("@") {
        throw ValidationError("--email '\(email)' is not an e-mail address.")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "people set")
      let config = try session.config()
      let acting = try session.actor(who)
      let actor = acting.person
      try session.refuseUnreadable(ISMS.configPath)
      let person = try PeopleInput.person(id, in: config, flag: "")
      var edits: [(String, FrontMatterValue)] = []
      var newRoles = person.roles
      if let roles {
        newRoles = try PeopleInput.roles([roles], flag: "--roles")
        if newRoles != person.roles { edits.append(("roles", .list(newRoles.map { .string($0.rawValue) }))) }
      }
      if let name, name != person.name { edits.append(("name", .string(name))) }
      if let email, email != person.email { edits.append(("email", .string(email))) }
      if let forge, forge != person.forge { edits.append(("forge", .string(forge))) }
      var report = PeopleReport(
        person: person.id, event: "set", by: actor.id, roles: newRoles.map(\.rawValue), reassignTo: nil,
        reassigned: [], commit: nil)
      guard !edits.isEmpty else {
        if format == .json { return Console.out(try JSONOutput.render(report)) }
        return Console.report("\(person.id) already reads so in isms.yml; nothing to change.")
      }
      var text = try session.text(of: ISMS.configPath)
      for (field, value) in edits {
        text = try PeopleInput.editing {
          try ConfigEditor.setting(field, to: value, ofPerson: person.id, in: text)
        }
      }
      try session.refuseNewErrors([(ISMS.configPath, text)])
      let summary = edits.map {
        "\($0.0): \($0.1.scalarText ?? newRoles.map(\.rawValue).joined(separator: ", "))"
      }
      .joined(separator: "; ")
      let commit = try session.commit(
        [(ISMS.configPath, text)],
        message: "People: set \(person.id) \(summary)\n\nISMS-Record: \(person.id)\nISMS-Event: person-set\n",
        by: acting)
      report = PeopleReport(
        person: person.id, event: "set", by: actor.id, roles: newRoles.map(\.rawValue), reassignTo: nil,
        reassigned: [], commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      Console.report("Changed \(person.id) (\(summary)) by \(actor.id) (commit \(commit.shortID)).")
    }
  }
}
