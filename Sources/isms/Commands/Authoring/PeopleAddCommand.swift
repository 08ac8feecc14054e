import ArgumentParser
import ISMSCore

extension ISMSCommand.People {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a person to isms.yml, as one commit.",
      discussion: """
        Appends the person after the last one under people:, with their roles. Refused, with \
        nothing written, when the id or e-mail is already taken or isms.yml has uncommitted changes.

        Examples:
          isms people add asmith --name "Alex Smith" --email alex@example.com \\
            --role risk-owner --role internal-auditor --by jdoe
          isms people add mweber --name "Marta Weber" --email marta@example.com \\
            --role top-management --forge mweber --by jdoe --format json

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The new person id, what --by and owner fields name.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Full name.", valueName: "name"))
    var name: String

    @Option(
      help: ArgumentHelp(
        "E-mail address (their git user.email, for the commits they make).", valueName: "email"))
    var email: String

    @Option(
      name: [.customLong("role"), .customLong("roles")],
      help: ArgumentHelp("A role (repeatable, or comma-separated).", valueName: "role"))
    var roles: [String] = []

    @Option(help: ArgumentHelp("GitHub/GitLab handle, for CODEOWNERS.", valueName: "handle"))
    var forge: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      try PeopleInput.checkID(id)
      try PeopleInput.checkLine(name, flag: "--name")
      try PeopleInput.checkLine(email, flag: "--email")
      try PeopleInput.checkLine(forge, flag: "--forge")
      if !email.contains("@") { throw ValidationError("--email '\(email)' is not an e-mail address.") }
      if try PeopleInput.roles(roles, flag: "--role").isEmpty {
        throw ValidationError(
          "give at least one --role (\(Role.allCases.map(\.rawValue).joined(separator: ", "))).")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "people add")
      let config = try session.config()
      let acting = try session.actor(who)
      let actor = acting.person
      try session.refuseUnreadable(ISMS.configPath)
      if let taken = config.people.first(where: {
        $0.id.lowercased() == id.lowercased() || $0.email.lowercased() == email.lowercased()
      }) {
        throw CLIError(
          "isms.yml: \(taken.id) (\(taken.email)) is already in people; use 'isms people set \(taken.id)' to change them; nothing was written."
        )
      }
      let roles = try PeopleInput.roles(roles, flag: "--role")
      let text = try PeopleInput.editing {
        try ConfigEditor.adding(
          ConfigEditor.NewPerson(id: id, name: name, email: email, roles: roles, forge: forge),
          to: try session.text(of: ISMS.configPath))
      }
      try session.refuseNewErrors([(ISMS.configPath, text)])
      let roleList = roles.map(\.rawValue).joined(separator: ", ")
      let commit = try session.commit(
        [(ISMS.configPath, text)],
        message: "People: add \(id) (\(name)) as \(roleList)\n\nISMS-Record: \(id)\nISMS-Event: person-add\n",
        by: acting)
      let report = PeopleReport(
        person: id, event: "add", by: actor.id, roles: roles.map(\.rawValue), reassignTo: nil, reassigned: [],
        commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      Console.report(
        "Added \(id) (\(name), \(roleList)) to isms.yml by \(actor.id) (commit \(commit.shortID)).")
    }
  }
}
