import Foundation
import Testing

@Suite("isms review due")
struct ReviewDueTests {
  /// The POL-001 row of `review due --within 0` on `today`, if listed.
  func policyRow(_ fixture: ReviewFixture, today: String) throws -> [String: Any]? {
    let result = try fixture.isms(["review", "due", "--within", "0", "--format", "json", "--today", today])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try ReviewFixture.json(result.stdout)["rows"] as? [[String: Any]])
    return rows.first { $0["id"] as? String == "POL-001" }
  }

  @Test("the day before, on and after the due day")
  func edges() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy(today: "2026-01-12")
    #expect(try policyRow(fixture, today: "2027-01-11") == nil)
    let due = try #require(try policyRow(fixture, today: "2027-01-12"))
    #expect(due["days_late"] as? Int == 0)
    #expect(due["state"] as? String == "due")
    #expect(due["owner"] as? String == "ada")
    let late = try #require(try policyRow(fixture, today: "2027-01-13"))
    #expect(late["days_late"] as? Int == 1)
    #expect(late["state"] as? String == "overdue")

    let window = try fixture.isms(["review", "due", "--within", "1", "--today", "2027-01-11"])
    #expect(window.stdout.contains("2027-01-12  due in 1 day"))
    let byOwner = try fixture.isms(["review", "due", "--owner", "mweber", "--today", "2027-01-13"])
    #expect(byOwner.stdout.hasPrefix("No reviews due"))
  }

  @Test("record unchanged moves the next review forward without a version change")
  func recordUnchanged() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy(today: "2026-01-12")
    let result = try fixture.isms(
      ["review", "record", "POL-001", "--by", "ada", "--note", "Still fits", "--today", "2027-01-05"])
    #expect(result.status == 0, "\(result.stderr)")
    let log = try fixture.git(["log", "-1", "--format=%an|%(trailers:only,unfold)"])
    #expect(
      log.hasPrefix("Ada Owner|ISMS-Review: POL-001\nISMS-Outcome: unchanged\nISMS-Reviewed-Version: 0.1"))
    let text = try String(
      contentsOf: fixture.url.appendingPathComponent(ReviewFixture.policy), encoding: .utf8)
    #expect(text.contains("\nlast_review: 2027-01-05\nnext_review: 2028-01-05\n"))
    #expect(text.contains("version: \"0.1\""))
    #expect(try policyRow(fixture, today: "2027-01-13") == nil)
    let log2 = try ReviewFixture.json(
      try fixture.isms(["review", "log", "POL-001", "--format", "json"]).stdout)
    #expect((log2["approval"] as? [String: Any])?["covers_current"] as? Bool == true)

    let approver = try fixture.isms([
      "review", "record", "POL-001", "--by", "mweber", "--today", "2027-01-06",
    ])
    #expect(approver.status == 0)
    let outsider = try fixture.isms([
      "review", "record", "RISK-001", "--by", "mweber", "--today", "2027-01-05",
    ])
    #expect(outsider.status == 1)
    #expect(outsider.stderr.contains("refused (R38)"))
  }
}
