import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Scope: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "scope",
      abstract: "Set the ISMS scope statement in isms.yml and the scope document together.",
      subcommands: [SetStatement.self])
  }
}

extension ISMSCommand.Scope {
  struct SetStatement: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Write the scope statement into isms.yml and the scope document, as one commit.",
      discussion: """
        Sets scope: in isms.yml and replaces the text of the "Scope statement" section of the \
        scope document (the one with mandatory: scope, scope.md after 'isms init'), so that \
        both say the same (4.3). Refused, with nothing written, when the scope document has no \
        such section or either file has uncommitted changes. An approved scope document needs a \
        new approval afterwards ('isms review approve').

        Examples:
          isms scope set --by jdoe --statement "The development, operation and support
            of the Example platform, delivered from Hamburg and remote workplaces."
          isms scope set --statement "…" --by jdoe --format json

        Exit status: 0 when committed (or nothing to change), 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The scope statement: one or two sentences.", valueName: "text"))
    var statement: String

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw ValidationError("--statement must say what the ISMS covers.")
      }
      if statement.unicodeScalars.contains(where: { ($0.value < 32 && $0 != "\n") || $0.value == 127 }) {
        throw ValidationError("--statement must not contain control characters.")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "scope set")
      let config = try session.config()
      let acting = try session.actor(who)
      let actor = acting.person
      // One paragraph: line breaks typed into the shell (and their indentation) become spaces.
      let text = statement.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.joined(separator: " ")
      try session.refuseUnreadable(ISMS.configPath)
      guard
        let scope = session.isms.documents.first(where: { $0.controlled?.mandatory.contains(.scope) == true })
      else {
        throw CLIError(
          "no document has mandatory: scope; create the scope document first ('isms validate' says how); nothing was written."
        )
      }
      try session.refuseUnreadable(scope.path)
      var files: [(path: String, text: String)] = []
      if config.scope != text {
        files.append(
          (
            ISMS.configPath,
            try PeopleInput.editing {
              try ConfigEditor.setting(
                [.set("scope", .string(text))], in: try session.text(of: ISMS.configPath))
            }
          ))
      }
      let current = try session.text(of: scope.path)
      guard let document = ScopeStatement.replacingSection(in: current, with: text) else {
        throw CLIError(
          "\(scope.path) has no heading naming the scope statement (such as '## 1. Scope statement'); add one, "
            + "then run the command again; nothing was written.")
      }
      if document != current { files.append((scope.path, document)) }
      let report = ScopeReport(
        scope: text, document: scope.id, changed: files.map(\.path), by: actor.id, commit: nil)
      guard !files.isEmpty else {
        if format == .json { return Console.out(try JSONOutput.render(report)) }
        return Console.report("isms.yml and \(scope.path) already say this; nothing to change.")
      }
      try session.refuseNewErrors(files)
      let commit = try session.commit(
        files,
        message:
          "Scope: set the scope statement\n\n\(text)\n\nISMS-Record: \(scope.id)\nISMS-Event: scope-set\n",
        by: acting)
      let done = ScopeReport(
        scope: text, document: scope.id, changed: report.changed, by: actor.id, commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(done)) }
      var lines = [
        "Set the scope statement in \(done.changed.joined(separator: " and ")) by \(actor.id) (commit \(commit.shortID))."
      ]
      if scope.controlled?.status == .approved {
        lines.append(
          "\(scope.id) changed since its approval: raise its version and approve it again ('isms review approve \(scope.id)')."
        )
      }
      Console.report(lines.joined(separator: "\n"))
    }
  }
}

/// The JSON of `isms scope set`.
struct ScopeReport: Encodable {
  let scope: String
  let document: String
  let changed: [String]
  let by: String
  @NullEncoded var commit: String?

  private enum CodingKeys: String, CodingKey { case scope, document, changed, by, commit }
}
