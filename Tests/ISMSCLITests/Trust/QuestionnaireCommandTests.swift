import Foundation
import ISMSCore
import Testing

@Suite("isms questionnaire fill")
struct QuestionnaireCommandTests {
  static func answer(_ id: String, question: String, aliases: String, keywords: String, owner: String)
    -> String
  {
    """
    ---
    id: \(id)
    kind: answer
    title: "\(id)"
    question: "\(question)"
    answer: "Answer of \(id)."
    aliases: \(aliases)
    keywords: \(keywords)
    controls: [A.8.24]
    documents: [POL-001]
    owner: \(owner)
    status: approved
    approved_by: \(owner)
    approved_on: 2026-05-01
    last_review: 2026-05-01
    ---

    # \(id)
    """
  }

  static func fixture() throws -> PacketCommandFixture {
    var fixture = try PacketCommandFixture()
    let owner = try fixture.ownerID()
    try fixture.write(
      "answers/ANS-001.md",
      answer(
        "ANS-001", question: "Do you encrypt customer data at rest?",
        aliases: "[\"Is data encrypted at rest?\"]",
        keywords: "[encryption, kms]", owner: owner))
    try fixture.write(
      "answers/ANS-002.md",
      answer(
        "ANS-002", question: "Do you back up customer data?", aliases: "[]",
        keywords: "[backup, restore, snapshot]", owner: owner))
    try fixture.commit("Add answers", day: "2026-05-01")
    try fixture.write(
      "questions.csv",
      "ID,Question,Response\r\n"
        + "Q1,Do you encrypt customer data at rest?,\r\n"
        + "Q2,IS DATA ENCRYPTED AT-REST?,\r\n"
        + "Q3,How often do you restore backups and snapshots?,\r\n"
        + "Q4,Do you hold cyber insurance?,\r\n"
        + ",,\r\n"
        + "Q5,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\r\n")
    return fixture
  }

  @Test("answers known questions with controls and commit, leaves unknown ones blank and lists them")
  func roundTrip() throws {
    let fixture = try Self.fixture()
    let head = try fixture.run(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let result = try fixture.isms(["questionnaire", "fill", "--in", "questions.csv", "-o", "answered.csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Answered 3 of 5 questions (plain layout)"), "\(result.stdout)")
    #expect(result.stderr.contains("row 5 (Q4): Do you hold cyber insurance?"), "\(result.stderr)")
    #expect(result.stderr.contains("row 7 (Q5)"), "\(result.stderr)")
    let data = try Data(contentsOf: fixture.url.appendingPathComponent("answered.csv"))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix(CSV.byteOrderMark))
    let rows = CSV.records(text)
    #expect(rows[0] == ["ID", "Question", "Response"] + QuestionnaireFill.answerColumns)
    #expect(
      rows[1] == [
        "Q1", "Do you encrypt customer data at rest?", "", "Answer of ANS-001.", "A.8.24", "POL-001",
        "ANS-001", "exact", head,
      ])
    #expect(rows[2][6...7] == ["ANS-001", "alias"])
    #expect(rows[3][6...7] == ["ANS-002", "keywords"])
    #expect(rows[4][3...8] == ["", "", "", "", "unanswered", ""])
    #expect(rows[5] == Array(repeating: "", count: 9))
    #expect(rows[6][1].hasPrefix("'=HYPERLINK("), "a formula in the input is neutralised in the output")
    #expect(text.contains("\r\n"))
  }

  @Test("the same commit and questionnaire give the same bytes")
  func deterministic() throws {
    let fixture = try Self.fixture()
    for name in ["one.csv", "two.csv"] {
      let result = try fixture.isms(["questionnaire", "fill", "--in", "questions.csv", "-o", name])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let one = try Data(contentsOf: fixture.url.appendingPathComponent("one.csv"))
    let two = try Data(contentsOf: fixture.url.appendingPathComponent("two.csv"))
    #expect(one == two)
  }

  @Test("a file whose question column cannot be told is refused, and --column picks one")
  func layout() throws {
    let fixture = try Self.fixture()
    try fixture.write("odd.csv", "Ref,Text\r\nA,Do you back up customer data?\r\n")
    let refused = try fixture.isms(["questionnaire", "fill", "--in", "odd.csv", "-o", "o.csv"])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("--column N"), "\(refused.stderr)")
    #expect(!FileManager.default.fileExists(atPath: fixture.url.appendingPathComponent("o.csv").path))
    let named = try fixture.isms([
      "questionnaire", "fill", "--in", "odd.csv", "-o", "o.csv", "--question-column", "text",
    ])
    #expect(named.status == 0, "\(named.stderr)")
    #expect(named.stdout.contains("Answered 1 of 1"), "\(named.stdout)")
    #expect(
      try fixture.isms(["questionnaire", "fill", "--in", "odd.csv", "-o", "o.csv", "--column", "0"]).status
        == 64)
  }

  @Test("isms new answer writes a draft answer with the next id that validates and answers nothing yet")
  func newAnswer() throws {
    let fixture = try Self.fixture()
    let owner = try fixture.ownerID()
    let result = try fixture.isms([
      "new", "answer", "--title", "Do you hold cyber insurance?", "--controls", "A.5.1", "--by", owner,
      "--today", "2026-05-02",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("answers/ANS-003.md"), "\(result.stdout)")
    let text = try String(
      contentsOf: fixture.url.appendingPathComponent("answers/ANS-003.md"), encoding: .utf8)
    #expect(text.contains("kind: answer"))
    #expect(text.contains("question: Do you hold cyber insurance?"))
    #expect(text.contains("controls: [A.5.1]"))
    let validate = try fixture.isms(["validate", "--today", "2026-05-02"])
    let errors = (validate.stdout + validate.stderr).split(separator: "\n").filter {
      $0.contains("answers/ANS-003.md") && $0.contains(": error:")
    }
    #expect(errors.isEmpty, "\(errors)")
  }
}
