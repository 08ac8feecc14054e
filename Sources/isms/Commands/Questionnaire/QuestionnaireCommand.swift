import ArgumentParser
import Foundation
import ISMSCore

extension ISMSCommand {
  struct Questionnaire: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "questionnaire",
      abstract: "Answer customers' security questionnaires from the answers library (answers/ANS-NNN.md).",
      subcommands: [Fill.self])
  }
}

extension ISMSCommand.Questionnaire {
  struct Fill: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "fill",
      abstract: "Fill a questionnaire CSV with the approved answers of one commit.",
      discussion: """
        Reads the questions of --in (CSV, UTF-8, comma or semicolon separated) and writes --output: \
        every input row, then the columns \(QuestionnaireFill.answerColumns.joined(separator: ", ")). \
        Only approved answers are used, read from the commit --rev names (default HEAD), whose id \
        fills the last column. Questions no answer matches are left blank and listed on stderr.

        The question column is found by header: CAIQ (Question ID, Question), SIG and SIG Lite \
        (Ques Num, Question/Request), a plain file with a Question column, or one question per row \
        without a header; else name it with --column N or --question-column NAME. Matching: the \
        normalised question, then an answer's aliases, then shared keywords (at least \
        \(AnswerLibrary.minimumOverlap) words and \(Int(AnswerLibrary.coverageThreshold * 100))% of the \
        question's words); docs/trust-pack.md explains it.

        Example:
          isms questionnaire fill --in questionnaires/sample-customer.csv \\
            -o answered.csv

        Exit status: 0 when written (unanswered questions included), 1 when the files cannot be \
        read or written, 64 on usage errors.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(
      name: .customLong("in"), help: ArgumentHelp("The customer's questionnaire (CSV).", valueName: "file"))
    var input: String

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("The answered questionnaire to write (CSV).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The column holding the questions, from 1.", valueName: "n"))
    var column: Int?

    @Option(help: ArgumentHelp("The header of the column holding the questions.", valueName: "name"))
    var questionColumn: String?

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
      if column != nil, questionColumn != nil {
        throw ValidationError("--column and --question-column name the same thing; pass one of them.")
      }
      if let column, column < 1 { throw ValidationError("--column counts from 1.") }
    }

    func run() throws {
      let context = try ISMSContext(global)
      let commit = try context.repository.resolve(context.revision ?? "HEAD")
      let snapshot = try context.repository.snapshot(at: commit.id, root: context.rootInRepository)
      let library = AnswerLibrary(isms: ISMS.load(from: snapshot, bodies: .skipped).isms)
      let records = CSV.records(try ImportSupport.readText(input))
      let fill: QuestionnaireFill
      do {
        fill = try QuestionnaireFill(
          records: records, library: library, commit: commit.id, column: column, columnName: questionColumn)
      } catch {
        throw CLIError("\(input): \(error.description).")
      }
      try OutputFile.write(
        fill.csv, to: URL(fileURLWithPath: output), confidential: false, repository: context.repository)
      let report = QuestionnaireReport(
        layout: fill.layout.name, questions: fill.questions, answered: fill.answered, commit: commit.id,
        output: output,
        unanswered: fill.unanswered.map { .init(row: $0.row, id: $0.id, question: $0.question) })
      if format == .json { return Console.out(try JSONOutput.render(report)) }
      var lines = fill.unanswered.map { item in
        "  row \(item.row)\(item.id.map { " (\($0))" } ?? ""): \(DiagnosticText.printable(item.question))"
      }
      if !lines.isEmpty {
        lines.insert("\(fill.unanswered.count) unanswered (left blank in \(output)):", at: 0)
        Console.err(lines.joined(separator: "\n"))
      }
      Console.report(
        "Answered \(fill.answered) of \(fill.questions) questions (\(fill.layout.name) layout) from commit "
          + "\(commit.shortID) with \(library.answers.count) approved answers; wrote \(output).")
    }
  }
}

/// The JSON of `isms questionnaire fill`.
struct QuestionnaireReport: Encodable {
  struct Item: Encodable {
    let row: Int
    let id: String?
    let question: String
  }

  let layout: String
  let questions: Int
  let answered: Int
  let commit: String
  let output: String
  let unanswered: [Item]
}
