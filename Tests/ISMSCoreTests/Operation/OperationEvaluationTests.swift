import Foundation
import ISMSCore
import Testing

@Suite("Operation evaluation")
struct OperationEvaluationTests {
  static func day(_ text: String) -> Day { Day(text) ?? Day(daysSinceEpoch: 0) }

  static func isms(evidence: [String: String]) -> ISMS {
    var files: [String: Data] = [
      "activities/ACT-001.md": Data(
        """
        ---
        id: ACT-001
        kind: activity
        title: Access review
        controls: [A.5.18]
        owner: ada
        cadence: quarterly
        start: 2026-04-01
        description: Review every account.
        ---
        """.utf8)
    ]
    for (id, covers) in evidence {
      files["records/evidence/\(id).md"] = Data(
        """
        ---
        id: \(id)
        kind: evidence
        activity: ACT-001
        date: 2026-07-05
        performed_by: ada
        covers: ["\(covers)"]
        exceptions:
          - description: One stale account.
        ---
        """.utf8)
    }
    return ISMS.load(from: InMemorySnapshot(data: files)).isms
  }

  static let period = DayRange(start: day("2026-04-01"), end: day("2026-09-30"))

  @Test func missedDueOpenAndOperated() throws {
    let isms = Self.isms(evidence: ["EV-001": "2026-Q2"])
    func states(_ today: String) throws -> [OccurrenceState] {
      let status = try #require(
        OperationEvaluation.evaluate(isms: isms, period: Self.period, today: Self.day(today)).first)
      return status.occurrences.map(\.state)
    }
    #expect(try states("2026-05-01") == [.operated, .upcoming])
    #expect(try states("2026-08-01") == [.operated, .open])
    #expect(try states("2026-10-15") == [.operated, .due])
    #expect(try states("2026-11-29") == [.operated, .missed])
    let status = try #require(
      OperationEvaluation.evaluate(isms: isms, period: Self.period, today: Self.day("2026-11-29")).first)
    #expect(status.occurrences[1].dueBy == Self.day("2026-10-30"))
    #expect(status.exceptions.map(\.evidence) == ["EV-001"])
    #expect(!status.isFullyEvidenced)
  }

  @Test func validateWarnsOfTheMissedOccurrence() throws {
    let files = Self.isms(evidence: ["EV-001": "2026-Q2"]).documents
    #expect(files.count == 2)
    let validator = Validator(
      isms: Self.isms(evidence: ["EV-001": "2026-Q2"]), catalogs: try #require(ExampleISMS.catalogs),
      today: Self.day("2026-11-29"))
    let found = validator.ruleDiagnostics().filter { $0.rule == "S7" }
    #expect(found.count == 1)
    #expect(found.first?.severity == .warning)
    #expect(found.first?.message.contains("2026-Q3") == true)
  }

  @Test func evidenceForAnotherCadenceIsAnError() throws {
    let validator = Validator(
      isms: Self.isms(evidence: ["EV-001": "2026-07"]), catalogs: try #require(ExampleISMS.catalogs),
      today: Self.day("2026-11-29"))
    let found = validator.ruleDiagnostics().filter { $0.rule == "S6" }
    #expect(found.map(\.field) == ["covers[0]"])
    #expect(found.first?.path == "records/evidence/EV-001.md")
    #expect(found.first?.line == 7)
  }
}
