import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.People {
  struct Leave: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "leave",
      abstract: "Record that a person leaves: hand over what they own, take their roles, as one commit.",
      discussion: """
        Lists what the person owns: the owner of documents, controls, risks, suppliers and \
        objectives still in force, and of open corrective actions and management-review \
        decisions. Without --reassign-to it refuses (exit 1) while the list is not empty; change \
        those owners first, or give --reassign-to to hand everything to one person in the same \
        commit.

        The person stays in isms.yml with no roles and x-left: <day>, because approvals, \
        history entries and audit records name them and must keep doing so; the authoring \
        commands refuse --by a person who left.

        Examples:
          isms people leave asmith --by jdoe # lists what asmith owns
          isms people leave asmith --reassign-to jdoe --by jdoe
          isms people leave asmith --reassign-to jdoe --by jdoe --format json

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The person who leaves (id or e-mail).", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Who takes over everything they own (id or e-mail).", valueName: "person"))
    var reassignTo: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let session = try AuthoringSession(global, command: "people leave")
      let config = try session.config()
      let acting = try session.actor(who)
      let actor = acting.person
      try session.refuseUnreadable(ISMS.configPath)
      let leaver = try PeopleInput.person(id, in: config, flag: "")
      let successor = try reassignTo.map { try PeopleInput.person($0, in: config, flag: "--reassign-to ") }
      if successor?.id == leaver.id {
        throw CLIError(
          "--reassign-to names \(leaver.id), who is leaving; name someone else; nothing was written.")
      }
      let items = Ownership.items(of: leaver.id, in: session.isms)
      guard items.isEmpty || successor != nil else {
        Console.err(
          (["\(leaver.id) owns \(items.count) item(s):"] + items.map { "  " + $0.summary }).joined(
            separator: "\n"))
        throw CLIError(
          "refused: \(leaver.id) still owns \(items.count) item(s); change their owners first, or pass "
            + "--reassign-to PERSON to hand them all over in the same commit; nothing was written.")
      }
      var files: [(path: String, text: String)] = []
      for path in items.map(\.path).uniqued() {
        try session.refuseUnreadable(path)
        let owned = items.filter { $0.path == path }
        let text = try PeopleInput.editing {
          try Ownership.reassign(
            owned, in: try session.text(of: path), from: leaver.id, to: successor?.id ?? "")
        }
        files.append((path, text))
      }
      let configText = try PeopleInput.editing { () throws -> String in
        let roles = try ConfigEditor.setting(
          "roles", to: .list([]), ofPerson: leaver.id, in: try session.text(of: ISMS.configPath))
        return try ConfigEditor.setting(
          "x-left", to: .day(session.context.today), ofPerson: leaver.id, in: roles)
      }
      files.append((ISMS.configPath, configText))
      let after = ISMS.load(
        from: WorkflowOverlay(
          session.record.source,
          changes: files.map {
            WorkflowChange(record: $0.path, path: $0.path, text: $0.text, event: "", from: nil, to: "")
          }))
      if let left = Ownership.items(of: leaver.id, in: after.isms).first {
        throw CLIError(
          "\(left.path):\(left.line): could not hand over `\(left.field)`; change it by hand; nothing was written."
        )
      }
      try session.refuseNewErrors(files)
      let handedOver = successor.map { " and hands \(items.count) item(s) over to \($0.id)" } ?? ""
      let commit = try session.commit(
        files,
        message: "People: \(leaver.id) leaves\(handedOver)\n\n"
          + items.map { "\($0.summary) → \(successor?.id ?? "")" }
          .joined(separator: "\n") + "\n\nISMS-Record: \(leaver.id)\nISMS-Event: person-leave\n",
        by: acting)
      let report = PeopleReport(
        person: leaver.id, event: "leave", by: actor.id, roles: [], reassignTo: successor?.id,
        reassigned: items,
        commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      Console.report(
        ([
          "\(leaver.id) left (no roles, x-left: \(session.context.today))\(handedOver); recorded by \(actor.id) (commit \(commit.shortID))."
        ]
          + items.map { "  \($0.summary) → \(successor?.id ?? "")" }).joined(separator: "\n"))
    }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each once.
  fileprivate func uniqued() -> [Element] {
    var seen = Swift.Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
