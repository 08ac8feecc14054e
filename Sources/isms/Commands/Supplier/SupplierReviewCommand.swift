import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand.Supplier {
  struct ReviewSupplier: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract: "Record a supplier review and update the supplier's review days, as one commit.",
      discussion: """
        Writes records/supplier-reviews/SRV-NNN.md with the next free id: the supplier, the day, the \
        reviewer, our questionnaire (an approved policy, procedure or plan; its version is \
        recorded), the answers received, the findings, the decision and its conditions, the \
        assurance records considered and the next review; and sets the supplier's last_review and \
        next_review to match (rule V10). A review listing a record with an exception, a qualified \
        opinion or an expired certificate is its recorded assessment (rule V5).

        Examples:
          isms supplier review --supplier SUP-002 --questionnaire PLN-013 \\
            --answers "Q1-Q10 answered on 2026-11-20" \\
            --finding "No bridge letter yet" \\
            --decision approve-with-conditions \\
            --condition "Bridge letter by 2027-01-31" \\
            --assurance ASR-006,ASR-007 --by jlange

        Exit status: 0 when committed, 1 when refused, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The supplier (SUP-…).", valueName: "id"))
    var supplier: String

    @Option(help: ArgumentHelp("The day of the review (default: today).", valueName: "date"))
    var date: Day?

    @Option(
      help: ArgumentHelp(
        "Who reviewed: a person of isms.yml (default: the person acting).", valueName: "person"))
    var reviewer: String?

    @Option(
      help: ArgumentHelp("Our questionnaire: the id of an approved controlled document.", valueName: "id"))
    var questionnaire: String

    @Option(help: ArgumentHelp("The answers received, summarised.", valueName: "text"))
    var answers: String

    @Option(help: ArgumentHelp("A finding (repeatable).", valueName: "text"))
    var finding: [String] = []

    @Option(help: ArgumentHelp("What the review decided.", valueName: "decision"))
    var decision: SupplierReviewRecord.Decision

    @Option(help: ArgumentHelp("A condition of approve-with-conditions (repeatable).", valueName: "text"))
    var condition: [String] = []

    @Option(
      help: ArgumentHelp(
        "Assurance records considered (ASR-…, repeatable or comma-separated).", valueName: "ids"))
    var assurance: [String] = []

    @Option(
      help: ArgumentHelp(
        "The next review (default: the review day plus review_intervals.supplier months).", valueName: "date")
    )
    var nextReview: Day?

    @Option(help: ArgumentHelp("The title (default: the supplier's review and its day).", valueName: "text"))
    var title: String?

    @OptionGroup var who: ActorOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      for (flag, value) in [("--answers", answers), ("--title", title), ("--questionnaire", questionnaire)] {
        try PeopleInput.checkLine(value, flag: flag)
      }
      for value in finding + condition + assurance { try PeopleInput.checkLine(value, flag: "each value") }
    }

    func run() throws {
      let session = try AuthoringSession(global, command: "supplier review")
      let config = try session.config()
      let acting = try session.actor(who)
      let supplier = try SupplierInput.supplier(self.supplier, in: session.isms)
      try session.refuseUnreadable(supplier.path)
      let reviewer =
        try reviewer.map { try PeopleInput.person($0, in: config, flag: "--reviewer ") } ?? acting.person
      let day = date ?? session.context.today
      let next =
        nextReview
        ?? day.adding(months: supplier.supplier?.reviewInterval ?? config.reviewInterval(for: .supplier))
      let version = session.isms.document(id: questionnaire)?.controlled?.version
      let title = self.title ?? "\(supplier.title ?? supplier.id) supplier review \(day)"
      let draft = SupplierRecordDraft.review(
        title: title,
        lines: [
          .text("supplier", supplier.id), .day("date", day), .text("reviewer", reviewer.id),
          .text("questionnaire", questionnaire), .text("questionnaire_version", version.map { "\($0)" }),
          .text("answers", answers), .texts("findings", finding), .text("decision", decision.rawValue),
          .texts("conditions", condition), .list("assurance", SupplierInput.ids(assurance)),
          .day("next_review", next),
        ],
        body: "Recorded by \(acting.person.id) with 'isms supplier review'.", isms: session.isms,
        today: session.context.today)
      let supplierText = try AuthoringSession.editing(supplier.path) {
        try FrontMatterEditor.apply(
          [.set("last_review", .day(day)), .set("next_review", .day(next))],
          to: try session.text(of: supplier.path))
      }
      let files = [(draft.path, draft.text), (supplier.path, supplierText)]
      try session.refuseNewErrors(files)
      let commit = try session.commit(
        files,
        message: "Supplier review \(draft.id) of \(supplier.id): \(decision.rawValue)\n\n"
          + "ISMS-Record: \(draft.id)\nISMS-Event: create\n",
        by: acting)
      if format == .json {
        return Console.out(
          try JSONOutput.render(
            SupplierRecordReport(
              id: draft.id, kind: DocumentKind.supplierReview.rawValue, path: draft.path,
              supplier: supplier.id,
              by: acting.person.id, commit: commit.shortID)))
      }
      Console.report(
        "Recorded \(draft.id) (review of \(supplier.id): \(decision.rawValue), next \(next)) by \(acting.person.id) "
          + "(commit \(commit.shortID)):\n  \(draft.path)\n  \(supplier.path)")
    }
  }
}
