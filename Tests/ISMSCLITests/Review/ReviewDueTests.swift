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

  @Test("--who keeps one person's reviews; --owner, its old name, still works")
  func who() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy(today: "2026-01-12")
    for option in ["--who", "--owner"] {
      let ada = try fixture.isms(["review", "due", option, "ada", "--today", "2027-01-13"])
      #expect(ada.status == 0, "\(ada.stderr)")
      #expect(ada.stdout.contains("POL-001"), "\(option): \(ada.stdout)")
      let marta = try fixture.isms(["review", "due", option, "mweber", "--today", "2027-01-13"])
      #expect(marta.stdout.hasPrefix("No reviews due"), "\(option): \(marta.stdout)")
    }
    let both = try fixture.isms(["review", "due", "--who", "ada", "--owner", "ada"])
    #expect(both.status == 64)
    let help = try fixture.isms(["review", "due", "--help"]).stdout
    #expect(help.contains("--who <person>") && !help.contains("--owner"), "\(help)")
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

@Suite("the day isms uses")
struct SystemDayTests {
  /// The day `date` prints in time zone `zone`: the witness for isms's reading of the clock.
  func witnessDay(_ zone: String) throws -> String {
    let result = try Subprocess.run(URL(fileURLWithPath: "/bin/date"), ["+%F"], environment: ["TZ": zone])
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test("without --today or ISMS_TODAY, today is the local date in TZ, as date(1) says")
  func localDate() throws {
    let fixture = try ReviewFixture()
    // 26 hours apart: at any instant these two zones are on different days.
    for zone in ["Pacific/Kiritimati", "Etc/GMT+12"] {
      let before = try witnessDay(zone)
      let result = try ISMSProcess.run(
        ["review", "due", "--format", "json"], in: fixture.url, environment: ["TZ": zone])
      let after = try witnessDay(zone)
      #expect(result.status == 0, "\(result.stderr)")
      let today = try ReviewFixture.json(result.stdout)["today"] as? String
      #expect(
        today == before || today == after, "TZ=\(zone): isms said \(today ?? "nothing"), date said \(before)")
    }
    let fixed = try ISMSProcess.run(
      ["review", "due", "--format", "json"], in: fixture.url, environment: ["ISMS_TODAY": "2031-02-03"])
    #expect(try ReviewFixture.json(fixed.stdout)["today"] as? String == "2031-02-03")
  }
}
