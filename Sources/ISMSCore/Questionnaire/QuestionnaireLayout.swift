import Foundation

/// Where the questions are in a customer's questionnaire CSV, told by its header or by the user.
///
/// Recognised headers (case and surrounding spaces ignored), tried in this order:
/// - **CAIQ** (CSA Consensus Assessments Initiative Questionnaire exported to CSV): columns
///   `Question ID` and `Question`;
/// - **SIG** (Shared Assessments SIG or SIG Lite exported to CSV): `Ques Num` (or `Question Number`)
///   and `Question/Request` (or `Question`);
/// - **plain** with a header: a column `Question`, `Questions` or `Question Text`, and an id column
///   `ID`, `#`, `No.` or `Ref` when present;
/// - **plain** without a header: every row has at most one non-empty cell, which is the question.
public struct QuestionnaireLayout: Sendable, Hashable {
  /// `CAIQ`, `SIG`, `plain`, or `column N` when the user named the column.
  public let name: String
  /// Whether the first row is a header.
  public let hasHeader: Bool
  /// The column of the questions, from 0.
  public let questionColumn: Int
  /// The column of the questions' ids, from 0, when there is one.
  public let idColumn: Int?

  /// The header names of a question column.
  static let questionHeaders: Set<String> = ["question", "questions", "question text", "question/request"]

  /// The layout of `records`: by `column` (from 1) or `columnName` when given, else by header.
  /// - Throws: ``QuestionnaireError`` when the column does not exist or no layout is recognised.
  public static func detect(_ records: [[String]], column: Int? = nil, columnName: String? = nil)
    throws(QuestionnaireError) -> QuestionnaireLayout
  {
    let header = (records.first ?? []).map(key)
    if let column {
      let width = records.map(\.count).max() ?? 0
      guard column >= 1, column <= max(width, 1) else { throw .noSuchColumn(column, width: width) }
      let hasHeader = header.indices.contains(column - 1) && questionHeaders.contains(header[column - 1])
      return QuestionnaireLayout(
        name: "column \(column)", hasHeader: hasHeader, questionColumn: column - 1, idColumn: nil)
    }
    if let columnName {
      guard let index = header.firstIndex(of: key(columnName)) else {
        throw .noSuchHeader(columnName, headers: records.first ?? [])
      }
      return QuestionnaireLayout(
        name: "column \(columnName)", hasHeader: true, questionColumn: index, idColumn: nil)
    }
    if let id = header.firstIndex(of: "question id"), let question = header.firstIndex(of: "question") {
      return QuestionnaireLayout(name: "CAIQ", hasHeader: true, questionColumn: question, idColumn: id)
    }
    if let id = header.firstIndex(where: { $0 == "ques num" || $0 == "question number" }),
      let question = header.firstIndex(where: { $0 == "question/request" || $0 == "question" })
    {
      return QuestionnaireLayout(name: "SIG", hasHeader: true, questionColumn: question, idColumn: id)
    }
    if let question = header.firstIndex(where: questionHeaders.contains) {
      let id = header.firstIndex { ["id", "#", "no.", "no", "ref"].contains($0) }
      return QuestionnaireLayout(name: "plain", hasHeader: true, questionColumn: question, idColumn: id)
    }
    if records.allSatisfy({ $0.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count <= 1 }) {
      return QuestionnaireLayout(name: "plain", hasHeader: false, questionColumn: 0, idColumn: nil)
    }
    throw .unknownLayout(headers: records.first ?? [])
  }

  private static func key(_ header: String) -> String {
    header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }
}

/// Why a questionnaire cannot be read.
public enum QuestionnaireError: Error, Sendable, Hashable, CustomStringConvertible {
  /// `--column N` is outside the file.
  case noSuchColumn(Int, width: Int)
  /// `--question-column NAME` is not a header.
  case noSuchHeader(String, headers: [String])
  /// No header names a question column and rows have several cells.
  case unknownLayout(headers: [String])
  /// The file has no row.
  case empty

  public var description: String {
    switch self {
    case .noSuchColumn(let column, let width):
      "column \(column) does not exist: the rows have \(width) columns; pass --column 1 to \(max(width, 1))"
    case .noSuchHeader(let name, let headers):
      "no column is headed '\(name)'; the headers are \(Self.list(headers)); pass one of them or --column N"
    case .unknownLayout(let headers):
      "cannot tell which column holds the questions (headers \(Self.list(headers))); pass --column N or "
        + "--question-column NAME (docs/trust-pack.md lists the layouts read by header)"
    case .empty:
      "the questionnaire has no rows; export it again as CSV"
    }
  }

  private static func list(_ headers: [String]) -> String {
    headers.isEmpty ? "none" : headers.map { "'\($0)'" }.joined(separator: ", ")
  }
}
