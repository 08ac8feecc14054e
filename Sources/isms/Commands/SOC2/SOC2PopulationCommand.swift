import ArgumentParser
import ISMSCore

extension ISMSCommand.SOC2 {
  struct Population: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "population",
      abstract: "List the changes to the main branch in a period, with author, approver and CI result.",
      discussion: """
        Reads history through libgit2 (never the git program, never the network): the first-parent \
        commits of the ISMS repository's main branch (main, else HEAD) committed in the period (UTC \
        days), and those of each --repo-source repository. Each change shows its commit, date, \
        author, approver and where the approval comes from: an Approved-by or Reviewed-by trailer \
        naming someone else, an isms approval (ISMS-Approval or ISMS-Recorded-Decision trailer), or a \
        merge committed by someone other than the merged side's author; and the CI-Result trailer \
        when recorded. Changes with no independent approver are flagged. Computed from history \
        alone: the same output at any later date.

        Examples:
          isms soc2 population --period 2026-04-01..2026-09-30
          isms soc2 population --period 2026-04-01..2026-09-30 \\
            --repo-source ../platform --format csv

        Formats: text (default), json (stable snake_case keys), csv (formulas neutralised).
        Exit status: 0 (a listing, not a check); 1 when a repository cannot be read; 64 on usage errors.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var global: GlobalOptions

    @Option(
      help: ArgumentHelp(
        "The period, both days included (default: the SOC 2 scope's period in isms.yml).",
        valueName: "start..end"))
    var period: Period?

    @Option(
      name: .customLong("repo-source"),
      help: ArgumentHelp(
        "Another local repository whose main branch to list (repeatable).", valueName: "path"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("Output format: text, json or csv.", valueName: "format"))
    var format: Format = .text

    func run() throws {
      let context = try ISMSContext(global)
      let period = try Period.resolve(
        self.period, config: ISMS.load(from: try context.snapshot()).isms.config)
      let changes = try ChangePopulationReader.changes(
        context: context, sources: sources, period: period)
      switch format {
      case .json: Console.out(try JSONOutput.render(PopulationReport(period: period, changes: changes)))
      case .csv: Console.out(PopulationText.csv(changes))
      case .text: Console.report(PopulationText.text(changes, period: period))
      }
    }
  }
}

/// The JSON of `isms soc2 population`.
struct PopulationReport: Encodable {
  /// One change.
  struct Row: Encodable {
    let repository: String
    let commit: String
    let date: Day
    let author: String
    let approver: String?
    let approvalSource: String?
    let independent: Bool
    let ci: String?
    let summary: String

    private enum CodingKeys: String, CodingKey {
      case repository, commit, date, author, approver, independent, ci, summary
      case approvalSource = "approval_source"
    }
  }

  let periodStart: Day
  let periodEnd: Day
  let changes: [Row]
  let withoutIndependentApprover: Int

  init(period: DayRange, changes: [Change]) {
    periodStart = period.start
    periodEnd = period.end
    self.changes = changes.map {
      Row(
        repository: $0.repository, commit: $0.commit, date: $0.date, author: $0.author, approver: $0.approver,
        approvalSource: $0.approvalSource, independent: $0.isIndependentlyApproved, ci: $0.ci,
        summary: $0.summary)
    }
    withoutIndependentApprover = changes.filter { !$0.isIndependentlyApproved }.count
  }

  private enum CodingKeys: String, CodingKey {
    case changes
    case periodStart = "period_start"
    case periodEnd = "period_end"
    case withoutIndependentApprover = "without_independent_approver"
  }
}

/// The text and CSV of `isms soc2 population`.
enum PopulationText {
  static func text(_ changes: [Change], period: DayRange) -> String {
    let flagged = changes.filter { !$0.isIndependentlyApproved }.count
    var lines = [
      "Changes to main, \(period.start)..\(period.end): \(changes.count), \(flagged) without an independent approver"
    ]
    for change in changes {
      let approval =
        change.approver.map { "\($0) (\(change.approvalSource ?? ""))" } ?? "NO INDEPENDENT APPROVER"
      let repository = change.repository == "." ? "" : "\(change.repository) "
      lines.append(
        "\(change.isIndependentlyApproved ? " " : "!") \(change.date) \(repository)\(change.commit.prefix(12)) "
          + "\(change.summary)")
      lines.append("    author: \(change.author); approver: \(approval); CI: \(change.ci ?? "not recorded")")
    }
    return lines.joined(separator: "\n")
  }

  static func csv(_ changes: [Change]) -> String {
    let header = [
      "repository", "commit", "date", "author", "approver", "approval_source", "independent", "ci", "summary",
    ]
    let rows = changes.map { change in
      [
        change.repository, change.commit, change.date.description, change.author, change.approver ?? "",
        change.approvalSource ?? "", change.isIndependentlyApproved ? "yes" : "no", change.ci ?? "",
        change.summary,
      ]
    }
    return CSV.byteOrderMark + ([header] + rows).map { CSV.row($0) }.joined()
  }
}
