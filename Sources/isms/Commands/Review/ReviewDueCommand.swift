import ArgumentParser
import ISMSCore

extension ISMSCommand.Review {
  struct Due: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "due",
      abstract: "List the reviews that are overdue or fall due soon.",
      discussion: """
        Lists every approved policy, procedure and plan, open risk and supplier whose review is \
        overdue or due within --within days of today, earliest first, with its owner and how late \
        it is. The due day is next_review, else the last review (assessed_on for a risk) plus the \
        review interval. Suppliers never reviewed are listed last. Drafts and retired documents are \
        not on a review cycle. Suppliers are also listed when their assurance runs out within the \
        window: the latest ISO/IEC 27001 certificate on its expiry, the latest SOC 2 report when its \
        period (extended by bridge letters) ended suppliers.soc2_max_age_months ago (see \
        docs/suppliers.md). 'isms todo' lists these reviews with everything else waiting \
        (approvals, findings, audits, management reviews), in the same model and sign convention.

        Examples (the first lists what is overdue or due in the next 30 days):
          isms review due
          isms review due --within 0 --today 2026-03-02
          isms review due --who jdoe --format json

        JSON keys: today, within, rows[] {id, kind, title, path, owner, last_review, due, \
        days_late (positive when overdue, 0 on the due day, negative before), state \
        (overdue | due | never_reviewed | awaiting_approval | assurance_overdue | assurance_due), \
        detail, record (the assurance record, for assurance rows)}.
        Exit status: 0 (also when reviews are due), 1 when the ISMS cannot be read, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var window: WithinOptions

    @OptionGroup var who: WhoOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let context = try ISMSContext(global)
      let snapshot = try context.snapshot()
      let isms = ISMS.load(from: snapshot, bodies: .skipped).isms
      let report = ReviewDueReport(
        isms: isms, today: context.today, within: window.within, owner: who.person,
        approvals: try ApprovalStates.read(isms, snapshot: snapshot, context: context))
      if format == .json {
        Console.out(try JSONOutput.render(report))
        return
      }
      Console.report(Self.text(report))
    }

    /// One line per review, then a count and what to do next.
    static func text(_ report: ReviewDueReport) -> String {
      let limit = report.today.adding(days: report.within)
      guard !report.rows.isEmpty else { return "No reviews due by \(limit) (today \(report.today))." }
      var lines = ["Reviews due by \(limit) (today \(report.today)):"]
      for row in report.rows {
        let when =
          row.state == "awaiting_approval"
          ? "\(row.detail ?? "changed"), awaiting approval"
          : row.daysLate.map(ToDoText.lateness) ?? "never reviewed"
        let due = row.due?.description ?? "—"
        lines.append(
          "  \(due)  \(when.reviewPadded(to: 18))  \(row.kind.rawValue.reviewPadded(to: 9))  \(row.id)  "
            + "\(row.title ?? "")  (owner \(row.owner ?? "none"))"
            + (row.state.hasPrefix("assurance") ? " — assurance: \(row.detail ?? "")" : ""))
      }
      let overdue = report.rows.filter {
        ["overdue", "never_reviewed", "assurance_overdue"].contains($0.state)
      }.count
      lines.append("\(report.rows.count) due, \(overdue) overdue. Next: isms review record DOC --by PERSON")
      return DiagnosticText.printableLines(lines)
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters (never cut).
  func reviewPadded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
