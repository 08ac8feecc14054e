import Foundation
import ISMSCore
import Testing

@Suite("questionnaire CSV, layouts and matching")
struct QuestionnaireTests {
  static func library(_ answers: [String: String]) -> AnswerLibrary {
    var files = Fixture().files
    for (path, text) in answers { files[path] = text }
    return AnswerLibrary(isms: ISMS.load(from: InMemorySnapshot(files)).isms)
  }

  static func answer(_ id: String, _ question: String, keywords: String = "[]", status: String = "approved")
    -> String
  {
    """
    ---
    id: \(id)
    kind: answer
    title: "\(id)"
    question: "\(question)"
    answer: "Answer \(id)"
    keywords: \(keywords)
    owner: jdoe
    status: \(status)
    last_review: 2026-05-01
    ---
    """
  }

  @Test("CSV records: quotes, doubled quotes, line breaks in fields, CRLF, LF, BOM and semicolons")
  func records() {
    #expect(
      CSV.records("\u{FEFF}a,\"b,\"\"c\"\"\",\"line\r\nbreak\"\r\nd,,e\n") == [
        ["a", "b,\"c\"", "line\r\nbreak"], ["d", "", "e"],
      ])
    #expect(CSV.records("ID;Question\n1;Do you?") == [["ID", "Question"], ["1", "Do you?"]])
    #expect(CSV.records("x,\"a;b\"\n") == [["x", "a;b"]])
    #expect(CSV.records("") == [])
  }

  @Test("layouts are told by their headers: CAIQ, SIG Lite, plain, headerless")
  func layouts() throws {
    let caiq = try QuestionnaireLayout.detect([
      ["Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership"],
      ["A&A-01.1", "Are policies?", "", ""],
    ])
    #expect(caiq.name == "CAIQ" && caiq.questionColumn == 1 && caiq.idColumn == 0 && caiq.hasHeader)
    let sig = try QuestionnaireLayout.detect([
      ["Ques Num", "Question/Request", "Response"], ["A.1", "Q?", ""],
    ])
    #expect(sig.name == "SIG" && sig.questionColumn == 1 && sig.idColumn == 0)
    let plain = try QuestionnaireLayout.detect([["#", " question "], ["1", "Q?"]])
    #expect(plain.name == "plain" && plain.questionColumn == 1 && plain.idColumn == 0)
    let bare = try QuestionnaireLayout.detect([["Do you?"], ["Are you?"]])
    #expect(bare.name == "plain" && !bare.hasHeader)
    #expect(throws: QuestionnaireError.self) {
      try QuestionnaireLayout.detect([["Ref", "Text"], ["1", "Q?"]])
    }
    #expect(throws: QuestionnaireError.self) { try QuestionnaireLayout.detect([["a", "b"]], column: 3) }
  }

  @Test("exact, alias and keyword matches; below the threshold stays unanswered; drafts never answer")
  func matching() {
    let library = Self.library([
      "answers/ANS-001.md": Self.answer(
        "ANS-001", "Do you encrypt customer data at rest?", keywords: "[kms]"),
      "answers/ANS-002.md": Self.answer(
        "ANS-002", "Do you encrypt customer data in transit?", keywords: "[tls]"),
      "answers/ANS-003.md": Self.answer("ANS-003", "Do you hold cyber insurance?", status: "draft"),
    ])
    #expect(library.match("do you ENCRYPT customer-data at rest")?.kind == .exact)
    #expect(library.match("Is customer data encrypted in transit with TLS?")?.document.id == "ANS-002")
    #expect(library.match("Is customer data encrypted in transit with TLS?")?.kind == .keywords)
    // Three significant words (encrypt, data, transit) against at-rest: two shared, but in-transit shares all.
    #expect(library.match("Is data encrypted in transit?")?.document.id == "ANS-002")
    // One shared word of four is below both thresholds.
    #expect(library.match("Do you support customer-managed keys (BYOK)?") == nil)
    #expect(library.match("Do you hold cyber insurance?") == nil)
    #expect(AnswerLibrary.significantWords("Are backups encrypted?") == ["backup", "encrypt"])
  }
}
