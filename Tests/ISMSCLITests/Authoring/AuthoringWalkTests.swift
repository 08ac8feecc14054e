import Foundation
import Testing

@Suite("From isms init to a stage 1-ready ISMS without writing YAML (#23)")
struct AuthoringWalkTests {
  static let ada = TestHome.environment(name: "Ada Owner", email: "ada@acme.example")
  static let marta = TestHome.environment(name: "Marta Weber", email: "marta@acme.example")

  @Test("init, people, the SoA from a CSV, approvals by a second person, a management review, validate clean")
  func walk() throws {
    let f = try AuthoringFixture()
    try f.ok([
      "facts", "set", "--certification-body", "Example Cert GmbH", "--cb-contact", "audits@cert.example",
      "--by", "ada",
    ])
    try f.ok(["scope", "set", "--statement", "The Acme platform, run from Hamburg.", "--by", "ada"])
    try f.ok([
      "people", "add", "mweber", "--name", "Marta Weber", "--email", "marta@acme.example", "--role",
      "top-management",
      "--by", "ada",
    ])
    try f.ok(["people", "set", "ada", "--roles", "ciso,isms-manager", "--by", "ada"])

    // The SoA as a spreadsheet would return it: every control decided.
    let soa = try AuthoringFixture.json(try f.ok(["soa", "--format", "json"]).stdout)
    let ids = try #require(soa["rows"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    #expect(ids.count == 93)
    let rows = ids.map { id in
      id.hasPrefix("A.7.")
        ? "\(id);excluded;No premises of our own: we work remotely on a cloud platform;;"
        : "\(id);applicable;Needed for the risks of the platform;implemented;ada"
    }
    let csv = f.folder.url.appendingPathComponent("soa.csv").path
    try (["id;applicability;justification;implementation;owner"] + rows + [""]).joined(separator: "\n")
      .write(toFile: csv, atomically: true, encoding: .utf8)
    try f.ok(["soa", "import", csv, "--by", "ada"])

    let policy = try AuthoringFixture.json(
      try f.ok([
        "new", "policy", "--title", "Access control", "--controls", "A.5.15", "--by", "ada", "--format",
        "json",
      ]).stdout)
    #expect(policy["path"] as? String == "policies/POL-002.md")
    try f.ok(["new", "risk", "--title", "Phishing", "--by", "ada"])
    // The controls ISO wants documented (R34) that no document lists yet: one more policy covers them.
    let undocumented = try f.errors().filter { $0["rule"] as? String == "R34" }.compactMap {
      ($0["path"] as? String)?.dropFirst("controls/".count).dropLast(".md".count)
    }
    #expect(undocumented.count > 5)
    try f.ok([
      "new", "policy", "--title", "Operations security", "--controls", undocumented.joined(separator: ","),
      "--by", "ada",
    ])
    #expect(try f.errors().isEmpty)

    // Every approval the to-do list names, run as the person it names with the command it gives.
    let todo = try AuthoringFixture.json(try f.ok(["todo", "--format", "json"]).stdout)
    let approvals = try #require(todo["items"] as? [[String: Any]]).filter {
      $0["task"] as? String == "approve"
    }
    #expect(approvals.count > 10)
    for item in approvals {
      let who = try #require((item["who"] as? [String])?.first, "\(item)")
      let command = try #require(item["command"] as? String)
      #expect(command.hasSuffix("--by \(who)"))
      let arguments = command.split(separator: " ").dropFirst().map(String.init)
      let result = try ISMSProcess.run(
        arguments + ["--today", AuthoringFixture.today], in: f.url,
        environment: who == "ada" ? Self.ada : Self.marta)
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
    let after = try AuthoringFixture.json(try f.ok(["todo", "--format", "json"]).stdout)
    #expect(
      try #require(after["items"] as? [[String: Any]]).allSatisfy { $0["task"] as? String != "approve" })

    // The management review: prepared by the ISMS manager, completed and finalised by top management.
    let waiting = try #require(after["items"] as? [[String: Any]])
    let open = try #require(waiting.first { $0["task"] as? String == "management_review" })
    #expect(
      open["command"] as? String == "isms management-review open MR-2026-01 --attendee mweber --by mweber")
    try f.ok([
      "management-review", "open", "MR-2026-01", "--attendee", "mweber", "--attendee", "ada", "--by", "ada",
    ])
    let minutes = try f.read("records/management-reviews/MR-2026-01.md")
    #expect(minutes.contains("previous_actions: |-"))
    #expect(minutes.contains("First management review: there are no actions from earlier reviews."))
    #expect(minutes.contains("Findings raised so far: 0; open now: 0."))
    #expect(minutes.contains("First management review: every document and SoA entry is new"))
    #expect(minutes.contains("- RISK-"))
    #expect(!minutes.contains("## a) Status of actions"))
    let check = try f.isms(["management-review", "check", "MR-2026-01", "--format", "json"])
    #expect(check.status == 1)
    let missing = try #require(try AuthoringFixture.json(check.stdout)["missing_inputs"] as? [String])
    #expect(Set(missing).isSuperset(of: ["interested_parties", "interested_party_feedback"]))
    #expect(!missing.contains("audit_results"))
    let inputs = missing.flatMap { ["--input", "\($0)=Discussed in the meeting: nothing to add yet."] }
    let complete = try ISMSProcess.run(
      ["management-review", "set", "MR-2026-01", "--by", "mweber", "--today", AuthoringFixture.today]
        + inputs + [
          "--decision", "Hold the first internal audit in March", "--owner", "ada", "--due", "2026-03-31",
        ],
      in: f.url, environment: Self.marta)
    #expect(complete.status == 0, "\(complete.stderr)")
    let finalize = try ISMSProcess.run(
      ["management-review", "finalize", "MR-2026-01", "--by", "mweber", "--today", AuthoringFixture.today],
      in: f.url, environment: Self.marta)
    #expect(finalize.status == 0, "\(finalize.stderr)")

    let validate = try f.isms(["validate"])
    #expect(validate.status == 0, "\(validate.stdout)")
    #expect(try f.errors().isEmpty)
    #expect(try f.git(["status", "--porcelain"]) == "")
    let status = try AuthoringFixture.json(try f.ok(["status", "--format", "json"]).stdout)
    let counts = try #require(status["soa"] as? [String: Any])
    #expect(counts["undecided"] as? Int == 0)
    #expect(counts["excluded"] as? Int == 14)
    let log = try f.git(["log", "--format=%an|%s"]).split(separator: "\n")
    #expect(log.first == "Marta Weber|MR-2026-01: finalize (draft → final)")
  }
}
