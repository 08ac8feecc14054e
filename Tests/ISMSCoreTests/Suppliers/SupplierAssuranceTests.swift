import Foundation
import ISMSCore
import Testing

/// What the example's supplier assurance amounts to on 2026-11-29, and the assurance rows of
/// `review due` (the rules themselves: the rule registry's failing and passing examples).
@Suite("supplier assurance")
struct SupplierAssuranceTests {
  static func isms(_ files: [String: Data] = ExampleISMS.files) -> ISMS {
    ISMS.load(from: InMemorySnapshot(data: files), bodies: .skipped).isms
  }

  static func assurance(_ id: String, in isms: ISMS = isms()) throws -> SupplierAssurance {
    SupplierAssurance(try #require(isms.document(id: id)), in: isms)
  }

  @Test("AWS: the stale report counts to 2027-02-28 through its contiguous bridge letter")
  func bridged() throws {
    let aws = try Self.assurance("SUP-001")
    let report = try #require(aws.latestReport)
    #expect(report.id == "ASR-004")
    let coverage = try #require(aws.coverage(of: report))
    #expect(coverage.end == Day("2026-02-28"))
    #expect(coverage.letters.map(\.id) == ["ASR-005"])
    #expect(aws.isCurrent(on: ExampleISMS.today))
  }

  @Test("a bridge letter that leaves a gap extends nothing; SUP-001 is then caught by V4")
  func gap() throws {
    let changed = try #require(
      ExampleISMS.applying(
        RuleExample(
          "gap", path: "suppliers/assurance/ASR-005.md", find: "period_start: 2025-10-01",
          replace: "period_start: 2025-10-15")))
    let aws = try Self.assurance("SUP-001", in: Self.isms(changed))
    let latest = try #require(aws.latestReport)
    #expect(try #require(aws.coverage(of: latest)).end == Day("2025-09-30"))
    let stale = ExampleISMS.validate(changed).filter { $0.rule == "V4" }
    #expect(stale.contains { $0.path == "suppliers/assurance/ASR-004.md" && $0.severity == .warning })
  }

  @Test("a supplier without records is judged by its legacy certifications: map; V3 reads it")
  func legacy() throws {
    let personio = try Self.assurance("SUP-008")
    #expect(personio.records.isEmpty)
    #expect(personio.items.map(\.currentUntil) == [Day("2028-01-31")])
    #expect(personio.isCurrent(on: ExampleISMS.today))
    #expect(!personio.isCurrent(on: Day("2028-02-01") ?? ExampleISMS.today))
  }

  @Test("review due lists Okta's stale report and Slack's legacy report; other keys unchanged")
  func reviewDue() throws {
    let report = ReviewDueReport(isms: Self.isms(), today: ExampleISMS.today, within: 30)
    let okta = try #require(report.rows.first { $0.record == "ASR-007" })
    #expect(okta.id == "SUP-002" && okta.state == "assurance_overdue" && okta.due == Day("2026-09-30"))
    #expect(okta.daysLate == 60)
    let slack = try #require(report.rows.first { $0.id == "SUP-006" && $0.state == "assurance_due" })
    #expect(slack.record == nil && slack.due == Day("2026-11-30"))
    #expect(report.rows.contains { $0.id == "SUP-006" && $0.state == "due" })
    let dues = report.rows.compactMap(\.due)
    #expect(dues == dues.sorted())
    let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any]
    let row = try #require((json?["rows"] as? [[String: Any]])?.first)
    #expect(
      Set(row.keys) == [
        "id", "kind", "title", "path", "owner", "last_review", "due", "days_late", "state", "detail",
        "record",
      ])
  }
}
