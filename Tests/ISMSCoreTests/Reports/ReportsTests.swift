import Foundation
import Testing

@testable import ISMSCore

@Suite struct ReportsTests {
  func model(_ fixture: Fixture = Fixture()) -> ISMS { ISMS.load(from: fixture.snapshot).isms }

  @Test func loadsModelSkippingNonDocuments() throws {
    let result = ISMS.load(from: Fixture().snapshot)
    #expect(result.diagnostics == [])
    let isms = result.isms
    #expect(isms.document(id: "POL-001")?.path == "policies/pol-001.md")
    #expect(isms.document(atPath: "README.md") == nil)
    #expect(isms.documents(of: .control).count == 4)
    #expect(isms.document(id: "POL-001")?.line(of: "owner") == 7)
    #expect(isms.document(id: "POL-001")?.body == "# Information Security Policy")
    #expect(isms.config?.person("mweber")?.holds(.topManagement) == true)
  }

  @Test func soaRowsFollowTheCatalog() throws {
    let report = SoAReport(isms: model(), catalogs: try Fixture.catalogs)
    #expect(report.rows.map(\.id) == ["A.5.1", "A.5.15", "A.8.7", "A.8.13"])
    #expect(report.rows[0].title == "Policies for information security")
    #expect(report.rows[0].policies == ["POL-001"])
    #expect(report.rows[3].applicability == "excluded")
  }

  @Test func statusCountsSoARisksAndReviews() throws {
    let fixture = Fixture().replacing(
      "last_review: 2026-02-01", with: "last_review: 2025-06-10", in: "suppliers/aws.md")
    let isms = model(fixture)
    let validation = try fixture.validate()
    let status = StatusReport(
      isms: isms, catalogs: try Fixture.catalogs, today: Fixture.today, validation: validation)
    #expect(status.soa.applicable == 3)
    #expect(status.soa.implemented == 1)
    #expect(status.soa.partial == 1)
    #expect(status.soa.planned == 1)
    #expect(status.soa.excluded == 1)
    #expect(status.risksBefore.count(of: "high") == 1)
    #expect(status.risksAfter.count(of: "low") == 1)
    let reviews = status.todo.items.filter { $0.task == .review }
    #expect(reviews.map(\.id) == ["SUP-001"])
    #expect(reviews.first?.daysLate == -9)
    #expect(reviews.first?.command == "isms review record SUP-001 --by jdoe")
    #expect(status.documents["control"]?["applicable"] == 3)
    #expect(status.validation.warnings == validation.warningCount)
  }

  @Test(arguments: [(1, "low"), (3, "low"), (4, "medium"), (6, "medium"), (7, "high")])
  func defaultBandsAreRelativeToThreshold(level: Int, band: String) throws {
    #expect(RiskBands(method: try RiskBandsTests.method("")).band(of: level)?.name == band)
  }

  @Test func reviewScheduleUsesExplicitThenComputedDates() {
    let schedule = ReviewSchedule(isms: model())
    let byID = Dictionary(uniqueKeysWithValues: schedule.items.map { ($0.id, $0) })
    #expect(byID["POL-001"]?.due == Day("2027-03-02"))
    #expect(byID["POL-001"]?.explicit == true)
    #expect(byID["PLAN-001"]?.due == Day("2027-01-10"))
    #expect(byID["RISK-001"]?.due == Day("2027-01-10"))
    #expect(byID["SUP-001"]?.due == Day("2027-02-01"))
    #expect(schedule.items.count == 4)
  }

  @Test func validationJSONHasStableKeysAndBytes() throws {
    let fixture = Fixture().replacing("owner: jdoe", with: "owner: nobody", in: "policies/pol-001.md")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let first = try encoder.encode(try fixture.validate())
    let second = try encoder.encode(try fixture.validate())
    #expect(first == second)
    let object = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
    #expect(Set(object.keys) == ["origin", "document_count", "error_count", "warning_count", "diagnostics"])
    let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
    #expect(Set(diagnostic.keys) == ["severity", "path", "line", "field", "message", "fix", "rule"])
    let status = StatusReport(
      isms: model(fixture), catalogs: try Fixture.catalogs, today: Fixture.today,
      validation: try fixture.validate())
    let statusObject = try #require(
      try JSONSerialization.jsonObject(with: encoder.encode(status)) as? [String: Any])
    #expect(
      Set(statusObject.keys) == [
        "today", "documents", "soa", "risks_before", "risks_after", "todo", "due_within_days",
        "awaiting_approval", "validation",
      ])
    let soa = SoAReport(isms: model(fixture), catalogs: try Fixture.catalogs)
    let rows = try #require(try JSONSerialization.jsonObject(with: encoder.encode(soa)) as? [String: Any])
    let row = try #require((rows["rows"] as? [[String: Any]])?.last)
    #expect(
      Set(row.keys) == [
        "id", "title", "theme", "applicability", "justification", "implementation", "owner", "policies",
        "risks", "path",
      ])
  }
}
