import Foundation

/// A customer's questionnaire filled from the answer library: the input rows with the answer
/// columns appended, and the questions left unanswered.
public struct QuestionnaireFill: Sendable {
  /// The columns appended to every row.
  public static let answerColumns = [
    "Answer", "Supporting controls", "Supporting documents", "Answer ID", "Match", "Answered from commit",
  ]

  /// One question that found no answer.
  public struct Unanswered: Sendable, Hashable {
    /// Its row in the file, from 1.
    public let row: Int
    /// Its id in the questionnaire, when the layout has one.
    public let id: String?
    /// The question.
    public let question: String
  }

  /// The layout read.
  public let layout: QuestionnaireLayout
  /// The rows written: the header (given or added), then every input row.
  public let rows: [[String]]
  /// How many rows hold a question.
  public let questions: Int
  /// The questions answered.
  public let answered: Int
  /// The questions left blank, in file order.
  public let unanswered: [Unanswered]

  /// Fills `records` (the questionnaire's CSV records) from `library`, citing `commit`.
  /// - Parameters:
  ///   - column: the question column from 1 (`--column`), else found by header.
  ///   - columnName: the question column's header (`--question-column`).
  /// - Throws: ``QuestionnaireError`` when the layout cannot be told.
  public init(
    records: [[String]], library: AnswerLibrary, commit: String, column: Int? = nil, columnName: String? = nil
  ) throws(QuestionnaireError) {
    guard !records.isEmpty else { throw .empty }
    let layout = try QuestionnaireLayout.detect(records, column: column, columnName: columnName)
    let width = max(records.map(\.count).max() ?? 0, layout.questionColumn + 1)
    func padded(_ record: [String]) -> [String] {
      record + Array(repeating: "", count: width - record.count)
    }
    var rows: [[String]] = []
    if layout.hasHeader {
      rows.append(padded(records[0]) + Self.answerColumns)
    } else {
      var header = Array(repeating: "", count: width)
      header[layout.questionColumn] = "Question"
      rows.append(header + Self.answerColumns)
    }
    var questions = 0
    var answered = 0
    var unanswered: [Unanswered] = []
    for (index, record) in records.enumerated() where !(layout.hasHeader && index == 0) {
      let row = padded(record)
      let question = row[layout.questionColumn].trimmingCharacters(in: .whitespacesAndNewlines)
      guard !question.isEmpty else {
        rows.append(row + Array(repeating: "", count: Self.answerColumns.count))
        continue
      }
      questions += 1
      guard let match = library.match(question), let entry = match.document.answer else {
        let id = layout.idColumn.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        unanswered.append(Unanswered(row: index + 1, id: id, question: question))
        rows.append(row + ["", "", "", "", "unanswered", ""])
        continue
      }
      answered += 1
      rows.append(
        row + [
          entry.answer ?? "", entry.controls.joined(separator: ", "), entry.documents.joined(separator: ", "),
          match.document.id, match.kind.rawValue, commit,
        ])
    }
    self.layout = layout
    self.rows = rows
    self.questions = questions
    self.answered = answered
    self.unanswered = unanswered
  }

  /// The filled questionnaire as a CSV file: byte-order mark, CRLF records, formulas neutralised.
  public var csv: Data { CSV.file(rows.map(CSV.row).joined()) }
}
