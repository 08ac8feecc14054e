import Foundation
import Testing

@Suite("From isms init to a decided ISMS without writing YAML (#23)")
struct AuthoringWalkTests {
  @Test("facts, scope, people, the SoA from a CSV, new documents, an approval by a second person")
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

    let csv = f.folder.url.appendingPathComponent("soa.csv").path
    try """
    id;applicability;justification;implementation;owner
    A.5.1;applicable;Required by the information security policy;implemented;ada
    A.5.16;applicable;Every account belongs to a person;partial;ada
    A.7.4;excluded;No premises of our own;;

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    try f.ok(["soa", "import", csv, "--by", "ada"])
    let policy = try AuthoringFixture.json(
      try f.ok([
        "new", "policy", "--title", "Access control", "--controls", "A.5.15", "--by", "ada", "--format",
        "json",
      ]).stdout)
    #expect(policy["path"] as? String == "policies/POL-002.md")
    try f.ok(["new", "risk", "--title", "Phishing", "--by", "ada"])
    // Marta approves herself: a decision in her name is run by her git identity.
    let approval = try ISMSProcess.run(
      ["review", "approve", "POL-001", "--by", "mweber", "--today", AuthoringFixture.today], in: f.url,
      environment: TestHome.environment(name: "Marta Weber", email: "marta@acme.example"))
    #expect(approval.status == 0, "\(approval.stderr)")

    #expect(try f.errors().isEmpty)
    let log = try f.git(["log", "--format=%an|%s"]).split(separator: "\n")
    #expect(log.count == 9)
    #expect(log.first == "Marta Weber|Approve POL-001 v0.1 (Information Security Policy)")
    #expect(try f.git(["status", "--porcelain"]) == "")
    let status = try AuthoringFixture.json(try f.ok(["status", "--format", "json"]).stdout)
    let soa = try #require(status["soa"] as? [String: Any])
    #expect(soa["undecided"] as? Int == 90)
  }
}
