import Foundation
import Testing

@Suite("One to-do list: isms todo, isms status and isms review due share one model (#23)")
struct ToDoListTests {
  /// The items of `isms todo --format json` on `today`.
  static func items(_ f: AuthoringFixture, today: String, _ extra: [String] = []) throws -> [[String: Any]] {
    let todo = try AuthoringFixture.json(try f.ok(["todo", "--format", "json"] + extra, today: today).stdout)
    return try #require(todo["items"] as? [[String: Any]])
  }

  @Test("a nonconformity past due is listed with who acts and the command, in todo and in status")
  func findingPastDue() throws {
    let f = try AuthoringFixture()
    try f.ok(
      [
        "finding", "open", "--source", "monitoring", "--grade", "minor", "--requirement", "A.8.13",
        "--statement", "Backups were not tested", "--evidence", "No restore test since 2026", "--due",
        "2027-05-11", "--by", "ada",
      ], today: "2027-05-01")
    let finding = try #require(
      try Self.items(f, today: "2027-05-20").first { $0["task"] as? String == "finding" })
    #expect(finding["id"] as? String == "NC-2027-001")
    #expect(finding["due"] as? String == "2027-05-11")
    #expect(finding["days_late"] as? Int == 9)
    #expect(finding["state"] as? String == "overdue")
    #expect(finding["who"] as? [String] == ["ada"])
    #expect(finding["who_names"] as? [String] == ["Ada Owner"])
    #expect(finding["command"] as? String == "isms finding update NC-2027-001 --by ada")
    #expect(
      Set(finding.keys) == [
        "task", "id", "title", "path", "who", "who_names", "due", "days_late", "state", "detail", "command",
      ])

    let text = try f.ok(["todo"], today: "2027-05-20").stdout
    #expect(text.contains("2027-05-11  overdue by 9 days   finding"))
    #expect(text.contains("NC-2027-001 Backups were not tested, opened — ada (Ada Owner)"))
    #expect(text.contains("      isms finding update NC-2027-001 --by ada"))

    let status = try AuthoringFixture.json(
      try f.isms(["status", "--format", "json"], today: "2027-05-20").stdout)
    let todo = try #require((status["todo"] as? [String: Any])?["items"] as? [[String: Any]])
    #expect(todo.contains { $0["id"] as? String == "NC-2027-001" && $0["days_late"] as? Int == 9 })
    #expect(status["reviews"] == nil)
    let screen = try f.isms(["status"], today: "2027-05-20").stdout
    #expect(screen.contains("To do\n  Waiting by 2027-06-19 (today 2027-05-20):"))
    #expect(screen.contains("NC-2027-001"))
  }

  @Test("a control activity's occurrence without evidence is listed with its owner and the evidence command")
  func activityDue() throws {
    let f = try AuthoringFixture()
    try f.ok(
      [
        "activity", "add", "--title", "Monthly restore test", "--control", "A.8.13", "--owner", "ada",
        "--cadence", "monthly", "--start", "2027-01-01", "--description", "Restore one backup.", "--by",
        "ada",
      ], today: "2027-01-01")
    let items = try Self.items(f, today: "2027-02-03").filter { $0["task"] as? String == "activity" }
    #expect(items.count == 1)
    let item = try #require(items.first)
    #expect(item["id"] as? String == "ACT-001")
    #expect(item["detail"] as? String == "2027-01 due")
    #expect(item["due"] as? String == "2027-02-10")
    #expect(item["who"] as? [String] == ["ada"])
    #expect(item["command"] as? String == "isms evidence add --activity ACT-001 --covers 2027-01 --by ada")
  }

  @Test("drafts wait for a holder of their approver role; a management review is due; --who filters")
  func approvalsAndManagementReview() throws {
    let f = try AuthoringFixture()
    let items = try Self.items(f, today: AuthoringFixture.today)
    let procedure = try #require(items.first { $0["id"] as? String == "PROC-001" })
    #expect(procedure["task"] as? String == "approve")
    #expect(procedure["state"] as? String == "waiting")
    #expect(procedure["detail"] as? String == "draft")
    #expect(procedure["command"] as? String == "isms review approve PROC-001 --by ada")
    let review = try #require(items.first { $0["task"] as? String == "management_review" })
    #expect(review["detail"] as? String == "never held")
    #expect(review["command"] as? String == "isms management-review open MR-2026-01 --attendee ada --by ada")
    #expect(try Self.items(f, today: AuthoringFixture.today, ["--who", "nobody"]).isEmpty)
  }

  @Test("a review due reads the same in review due and todo: days_late positive when overdue")
  func reviewSignConvention() throws {
    let f = try AuthoringFixture()
    let approve = try ISMSProcess.run(
      ["review", "approve", "PROC-001", "--by", "ada", "--today", AuthoringFixture.today], in: f.url,
      environment: TestHome.environment(name: "Ada Owner", email: "ada@acme.example"))
    #expect(approve.status == 0, "\(approve.stderr)")
    let due = try AuthoringFixture.json(
      try f.ok(["review", "due", "--format", "json"], today: "2027-01-20").stdout)
    let row = try #require((due["rows"] as? [[String: Any]])?.first { $0["id"] as? String == "PROC-001" })
    #expect(row["days_late"] as? Int == 10)
    let item = try #require(
      try Self.items(f, today: "2027-01-20").first { $0["id"] as? String == "PROC-001" })
    #expect(item["task"] as? String == "review")
    #expect(item["days_late"] as? Int == 10)
    #expect(item["command"] as? String == "isms review record PROC-001 --by ada")
  }
}

@Suite("management-review open prepares the 9.3.2 inputs; set completes them (#23)")
struct ManagementReviewPreparationTests {
  @Test("the second review lists the previous decisions and what changed since, each input once")
  func secondReview() throws {
    let f = try AuthoringFixture()
    try f.ok(["management-review", "open", "MR-2026-01", "--by", "ada"])
    try f.ok([
      "management-review", "set", "MR-2026-01", "--by", "ada", "--input",
      "interested_parties=The works council asks to be informed\nbefore new monitoring tools.",
      "--decision", "Test the backups quarterly", "--owner", "ada", "--due", "2026-06-30",
    ])
    let first = try f.read("records/management-reviews/MR-2026-01.md")
    #expect(
      first.contains(
        "  interested_parties: |-\n    The works council asks to be informed\n    before new monitoring tools.\n"
      ))
    #expect(first.contains("  interested_party_feedback:   # 9.3.2 e, to complete"))
    #expect(first.contains("First management review: every document and SoA entry is new"))
    #expect(first.components(separatedBy: "interested_parties").count == 2)

    try f.ok(
      ["new", "policy", "--title", "Access control", "--controls", "A.5.15", "--by", "ada"],
      today: "2026-02-01")
    try f.ok(
      [
        "finding", "open", "--source", "monitoring", "--grade", "ofi", "--statement",
        "Backups could be tested",
        "--by", "ada",
      ], today: "2026-02-02")
    try f.ok(["management-review", "open", "MR-2026-02", "--by", "ada"], today: "2026-03-01")
    let second = try f.read("records/management-reviews/MR-2026-02.md")
    #expect(
      second.contains(
        "Decisions of MR-2026-01:\n    - MR-2026-01-D1: Test the backups quarterly — open, owner ada, due 2026-06-30"
      ))
    #expect(
      second.contains(
        "Policies, procedures and plans changed since MR-2026-01 (2026-01-10): 1.\n    - POL-002 Access control"
      ))
    #expect(second.contains("Findings raised since MR-2026-01 (2026-01-10): 1; open now: 1."))
    #expect(second.contains("  improvement: |-\n    Open opportunities for improvement:\n    - OFI-2026-001"))
    #expect(!second.contains("## a)"))

    let final = try f.isms(["management-review", "set", "MR-2026-01", "--by", "ada", "--input", "bogus=x"])
    #expect(final.status == 64)
    #expect(final.stderr.contains("--input 'bogus=x' is not NAME=TEXT with NAME one of previous_actions,"))
  }
}
