import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "new",
      abstract: "Create a draft document from its template, with the next free id, as one commit.",
      discussion: """
        KIND is one of \(NewDocument.namings.keys.map(\.rawValue).sorted().joined(separator: ", ")). \
        The document gets the next free id of its kind (POL-012, RISK-029, OBJ-2026-03), goes into \
        the kind's folder (policies/, risks/, records/objectives/, …) and is a draft owned by \
        --owner (default: the person acting); its TODO lines say what to write. The path is printed: \
        edit it, commit, then 'isms review approve' (policies, procedures, plans) or set status: \
        final (records).

        Audits, findings, management reviews and cycles have their own commands (isms audit \
        plan, isms finding open, isms management-review open, isms cycle start); controls exist \
        from 'isms init' and are decided with 'isms soa decide'.

        The templates are templates/new/<kind>.md.mustache (ISMS_TEMPLATES to use your own).

        Examples:
          isms new policy --title "Access control" --controls A.5.15,A.5.18 \\
            --owner jdoe --by jdoe
          isms new risk --title "Ransomware on the build servers" --by jdoe
          isms new supplier --title "Example Cloud GmbH" --by jdoe --format json
          isms new answer --title "Do you encrypt customer data at rest?" \\
            --controls A.8.24 --by jdoe

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("What to create.", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("The title (default: 'New KIND', to be changed).", valueName: "text"))
    var title: String?

    @Option(
      help: ArgumentHelp(
        "The owner: a person id or e-mail of isms.yml (default: the person acting).", valueName: "person"))
    var owner: String?

    @Option(
      help: ArgumentHelp(
        "Policies, procedures, plans, answers: the Annex A controls it addresses, comma-separated (A.5.15,A.5.18).",
        valueName: "ids"))
    var controls: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      guard let kind = DocumentKind(rawValue: kind.lowercased()), NewDocument.namings[kind] != nil else {
        let hint: String
        switch DocumentKind(rawValue: kind.lowercased()) {
        case .audit?: hint = " (audits: 'isms audit plan')"
        case .finding?: hint = " (findings: 'isms finding open')"
        case .managementReview?: hint = " (management reviews: 'isms management-review open')"
        case .cycle?: hint = " (cycles: 'isms cycle start')"
        case .control?: hint = " (controls: 'isms soa decide')"
        default: hint = ""
        }
        throw ValidationError(
          "'\(kind)' is not a kind isms new creates; use \(NewDocument.namings.keys.map(\.rawValue).sorted().joined(separator: ", "))\(hint)."
        )
      }
      try PeopleInput.checkLine(title, flag: "--title")
      if controls != nil, !kind.isControlled, kind != .answer {
        throw ValidationError("--controls goes with policy, procedure, plan or answer.")
      }
    }

    func run() throws {
      let kind = DocumentKind(rawValue: self.kind.lowercased()) ?? .policy
      let session = try AuthoringSession(global, command: "new")
      let config = try session.config()
      let acting = try session.actor(who)
      let actor = acting.person
      let holder = try owner.map { try PeopleInput.person($0, in: config, flag: "--owner ") } ?? actor
      guard let template = try TemplateFiles.texts(in: "new")["\(kind.rawValue).md.mustache"] else {
        throw CLIError(
          "templates/new/\(kind.rawValue).md.mustache is missing from the templates folder ISMS_TEMPLATES names; add it or unset ISMS_TEMPLATES."
        )
      }
      let document = try NewDocument(
        kind: kind, template: template, title: title ?? "New \(kind.rawValue)", owner: holder.id,
        isms: session.isms,
        today: session.context.today)
      if session.record.source.entries.contains(where: { $0.path.lowercased() == document.path.lowercased() })
      {
        throw CLIError(
          "\(document.path) exists but is not a readable document; fix or move it ('isms validate'); nothing was written."
        )
      }
      var text = document.text
      if let controls {
        let ids = controls.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
          !$0.isEmpty
        }
        text = try AuthoringSession.editing(document.path) {
          try FrontMatterEditor.apply([.set("controls", .list(ids.map { .string($0) }))], to: text)
        }
      }
      try session.refuseNewErrors([(document.path, text)])
      let commit = try session.commit(
        [(document.path, text)],
        message: "New \(kind.rawValue) \(document.id): \(title ?? "New \(kind.rawValue)")\n\n"
          + "ISMS-Record: \(document.id)\nISMS-Event: create\n",
        by: acting)
      let report = NewReport(
        kind: kind.rawValue, id: document.id, path: document.path, owner: holder.id, by: actor.id,
        commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      Console.report(
        "Created \(document.id) (\(kind.rawValue), draft, owner \(holder.id)) by \(actor.id) (commit \(commit.shortID)):\n"
          + "  \(document.path)")
    }
  }
}

/// The JSON of `isms new`.
struct NewReport: Encodable {
  let kind: String
  let id: String
  let path: String
  let owner: String
  let by: String
  let commit: String
}
