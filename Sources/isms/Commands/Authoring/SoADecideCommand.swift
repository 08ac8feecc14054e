import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.SoA {
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "decide",
      abstract: "Decide one Annex A control of the Statement of Applicability, as one commit.",
      discussion: """
        Sets applicability, justification, implementation and owner in controls/<ID>.md; the \
        file's comments, key order and text stay as they are. Fields not given stay as they are.

        An applicable control needs a justification, an implementation state and an owner; an \
        excluded one a justification (R42). The commit is refused, with nothing written (exit 1), \
        when the ISMS would have an error it does not have now (a risk treated by a control you \
        exclude, an owner who is not in isms.yml), and when the file has uncommitted changes.

        Examples:
          isms soa decide A.5.15 --applicable --justification "Need to know" \\
            --implementation partial --owner jdoe --by jdoe
          isms soa decide A.7.5 --excluded --by jdoe \\
            --justification "No premises of our own; offices are rented"
          isms soa decide A.8.24 --implementation implemented --by jdoe --format json

        Exit status: 0 when committed (or nothing to change), 1 when refused, 64 on usage errors.
        """)

    /// `--applicable` or `--excluded`.
    enum Choice: String, EnumerableFlag {
      case applicable, excluded, undecided

      static func help(for value: Choice) -> ArgumentHelp? {
        switch value {
        case .applicable: "The control is applicable (included in the SoA)."
        case .excluded: "The control is excluded; say why in --justification."
        case .undecided: "Take the decision back (the SoA is unfinished again)."
        }
      }
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The Annex A control id, e.g. A.5.15.", valueName: "control"))
    var control: String

    @Flag var choice: Choice?

    @Option(help: ArgumentHelp("Why the control is included or excluded.", valueName: "text"))
    var justification: String?

    @Option(
      help: ArgumentHelp(
        "How far it is implemented.", valueName: "state"))
    var implementation: Implementation?

    @Option(
      help: ArgumentHelp("Who owns the control: a person id or e-mail of isms.yml.", valueName: "person"))
    var owner: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if choice == nil, justification == nil, implementation == nil, owner == nil {
        throw ValidationError(
          "say what to decide: --applicable or --excluded, --justification, --implementation or --owner.")
      }
      if let justification, justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw ValidationError("--justification must say why.")
      }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "soa decide")
      let config = try session.config()
      let acting = try session.actor(who)
      let person = acting.person
      let document = try SoAControl.find(control, in: session)
      try session.refuseUnreadable(document.path)
      var decision = SoADecision(
        id: document.id, applicability: choice.flatMap { Applicability(rawValue: $0.rawValue) },
        justification: justification, implementation: implementation)
      if let owner {
        guard let holder = config.person(named: owner) else {
          throw CLIError(
            "--owner \(owner) is not a person in isms.yml (known: \(config.people.map(\.id).sorted().joined(separator: ", "))); "
              + "add them with 'isms people add'; nothing was written.")
        }
        decision.owner = holder.id
      }
      try SoAControl.refuseIncomplete(decision, entry: document.soaEntry)
      let changes = decision.changes(from: document.soaEntry)
      guard !changes.isEmpty else {
        try print(
          SoADecideReport(control: document.id, path: document.path, by: person.id, changes: [], commit: nil))
        return
      }
      let text = try AuthoringSession.editing(document.path) {
        try decision.apply(to: try session.text(of: document.path), entry: document.soaEntry)
      }
      try session.refuseNewErrors([(document.path, text)])
      let title = document.title.map { " (\($0))" } ?? ""
      let commit = try session.commit(
        [(document.path, text)],
        message: "SoA: decide \(document.id)\(title)\n\n" + changes.map(\.summary).joined(separator: "\n")
          + "\n\nISMS-Record: \(document.id)\nISMS-Event: soa-decide\n",
        by: acting)
      try print(
        SoADecideReport(
          control: document.id, path: document.path, by: person.id, changes: changes, commit: commit.shortID))
    }

    private func print(_ report: SoADecideReport) throws {
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      guard let commit = report.commit else {
        return Console.report("\(report.control) already reads so; nothing to change.")
      }
      Console.report(
        (["\(report.control) (\(report.path)) decided by \(report.by) (commit \(commit)):"]
          + report.changes.map { "  \($0.summary)" }).joined(separator: "\n"))
    }
  }
}

/// The JSON of `isms soa decide`.
struct SoADecideReport: Encodable {
  let control: String
  let path: String
  let by: String
  let changes: [SoAFieldChange]
  @NullEncoded var commit: String?

  private enum CodingKeys: String, CodingKey { case control, path, by, changes, commit }
}

/// Finding a control's file and the fields a decision must leave in it.
enum SoAControl {
  /// The control file of `reference` (an Annex A id, any case).
  /// - Throws: `CLIError` when there is no such control or file.
  static func find(_ reference: String, in session: AuthoringSession) throws -> Document {
    let wanted = reference.lowercased()
    if let document = session.isms.documents(of: .control).first(where: { $0.id.lowercased() == wanted }) {
      return document
    }
    let framework = session.isms.config?.framework ?? .iso27001_2022
    if let id = try TemplateFiles.catalogs().controlIDs(for: framework).first(where: {
      $0.lowercased() == wanted
    }) {
      if let problem = session.loaded.diagnostics.first(where: {
        $0.path == "controls/\(id).md" && $0.severity == .error
      }) {
        let location = problem.line.map { "\(problem.path):\($0)" } ?? problem.path
        throw CLIError(
          "\(location): \(problem.message); \(problem.fix), then run the command again; nothing was written.")
      }
      throw CLIError(
        "\(id) has no control file (controls/\(id).md); create it with kind: control; nothing was written.")
    }
    throw CLIError(
      "'\(reference)' is not an Annex A control of \(framework.rawValue) (A.5.1 … A.8.34); nothing was written."
    )
  }

  /// Refuses a decision that leaves an applicable control without justification, implementation or
  /// owner, or an excluded one without justification (R42), naming the flags to add.
  static func refuseIncomplete(_ decision: SoADecision, entry: SoAEntry?) throws {
    let applicability = decision.applicability ?? entry?.applicability ?? .undecided
    var missing: [String] = []
    if applicability != .undecided, (decision.justification ?? entry?.justification) == nil {
      missing.append("--justification")
    }
    if applicability == .applicable {
      if (decision.implementation ?? entry?.implementation) == nil { missing.append("--implementation") }
      if (decision.owner ?? entry?.owner) == nil { missing.append("--owner") }
    }
    guard !missing.isEmpty else { return }
    throw CLIError(
      "refused (R42): an \(applicability.rawValue) control needs \(missing.joined(separator: ", ")) "
        + "(\(decision.id) has none yet); nothing was written.")
  }
}
