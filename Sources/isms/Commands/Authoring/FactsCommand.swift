import ArgumentParser
import ISMSCore

extension ISMSCommand {
  struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "facts",
      abstract: "Set the basic facts of the ISMS in isms.yml: organisation and certification body.",
      subcommands: [SetFacts.self])
  }
}

extension ISMSCommand.Facts {
  struct SetFacts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Set the organisation's name and the certification body in isms.yml, as one commit.",
      discussion: """
        --org sets organization; --certification-body and --cb-contact set certification_body's \
        name and contact (the other one stays as it is). Comments and layout of isms.yml stay. \
        Locations belong in the scope document's boundaries ('isms scope set' for the statement).

        Examples:
          isms facts set --org "Nordlicht Analytics GmbH" --by jdoe
          isms facts set --certification-body "Example Cert GmbH" \\
            --cb-contact audits@cert.example --by jdoe
          isms facts set --org "Nordlicht Analytics GmbH" --by jdoe --format json

        Exit status: 0 when committed (or nothing to change), 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The organisation's legal name.", valueName: "name"))
    var org: String?

    @Option(help: ArgumentHelp("The certification body's name.", valueName: "name"))
    var certificationBody: String?

    @Option(help: ArgumentHelp("The certification body's contact (e-mail, person).", valueName: "contact"))
    var cbContact: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if org == nil, certificationBody == nil, cbContact == nil {
        throw ValidationError("say what to set: --org, --certification-body or --cb-contact.")
      }
      try PeopleInput.checkLine(org, flag: "--org")
      try PeopleInput.checkLine(certificationBody, flag: "--certification-body")
      try PeopleInput.checkLine(cbContact, flag: "--cb-contact")
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "facts set")
      let config = try session.config()
      let acting = try session.actor(who)
      let actor = acting.person
      try session.refuseUnreadable(ISMS.configPath)
      var edits: [FrontMatterEdit] = []
      var changed: [String: String] = [:]
      if let org, org != config.organization {
        edits.append(.set("organization", .string(org)))
        changed["organization"] = org
      }
      let body = config.fields.first { $0.key == "certification_body" }?.value
      let name = certificationBody ?? body?["name"]?.text
      let contact = cbContact ?? body?["contact"]?.text
      if name != body?["name"]?.text || contact != body?["contact"]?.text {
        var fields: [FrontMatterField] = []
        if let name { fields.append(FrontMatterField("name", .string(name))) }
        if let contact { fields.append(FrontMatterField("contact", .string(contact))) }
        edits.append(.set("certification_body", .mapping(fields)))
        if let certificationBody { changed["certification_body.name"] = certificationBody }
        if let cbContact { changed["certification_body.contact"] = cbContact }
      }
      var report = FactsReport(changed: changed, by: actor.id, commit: nil)
      guard !edits.isEmpty else {
        if format == .json { return Console.out(try JSONOutput.render(report)) }
        return Console.report("isms.yml already says this; nothing to change.")
      }
      let text = try PeopleInput.editing {
        try ConfigEditor.setting(edits, in: try session.text(of: ISMS.configPath))
      }
      try session.refuseNewErrors([(ISMS.configPath, text)])
      let summary = changed.keys.sorted().map { "\($0): \(changed[$0] ?? "")" }.joined(separator: "\n")
      let commit = try session.commit(
        [(ISMS.configPath, text)],
        message:
          "Facts: set \(changed.keys.sorted().joined(separator: ", "))\n\n\(summary)\n\nISMS-Event: facts-set\n",
        by: acting)
      report = FactsReport(changed: changed, by: actor.id, commit: commit.shortID)
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      Console.report(
        "Set \(changed.keys.sorted().joined(separator: ", ")) in isms.yml by \(actor.id) (commit \(commit.shortID))."
      )
    }
  }
}

/// The JSON of `isms facts set`.
struct FactsReport: Encodable {
  let changed: [String: String]
  let by: String
  @NullEncoded var commit: String?

  private enum CodingKeys: String, CodingKey { case changed, by, commit }
}
