import Foundation
import Testing

/// Template text left by `isms init` is not content (I6), and the scope is written once (L3).
@Suite("template text and the scope statement")
struct TemplateTextTests {
  func diagnostics(_ f: AuthoringFixture, rule: String) throws -> [[String: Any]] {
    let all = try f.validation()["diagnostics"] as? [[String: Any]] ?? []
    return all.filter { $0["rule"] as? String == rule }
  }

  @Test("the scope as init wrote it is a warning in isms.yml and scope.md; scope set keeps both equal")
  func scope() throws {
    let f = try AuthoringFixture()
    let fresh = try diagnostics(f, rule: "I6").compactMap { $0["path"] as? String }
    #expect(fresh.contains("isms.yml"))
    #expect(fresh.contains("scope.md"))
    #expect(try diagnostics(f, rule: "L3").isEmpty)
    try f.ok(["scope", "set", "--statement", "The Acme platform, run from Hamburg.", "--by", "ada"])
    #expect(try !diagnostics(f, rule: "I6").contains { $0["path"] as? String == "isms.yml" })
    #expect(try diagnostics(f, rule: "L3").isEmpty)

    let config = try f.read("isms.yml")
    try f.write(
      config.replacingOccurrences(of: "run from Hamburg.", with: "run from Hamburg and Lisbon."),
      to: "isms.yml")
    let differ = try diagnostics(f, rule: "L3")
    #expect(differ.count == 1)
    let message = differ.first?["message"] as? String ?? ""
    #expect(message.contains("isms.yml") && message.contains("scope.md"), "\(message)")
    #expect(differ.first?["path"] as? String == "isms.yml")
    #expect(differ.first?["line"] as? Int != nil)
  }

  @Test("approving a document that still holds template text warns and approves")
  func approval() throws {
    let f = try AuthoringFixture()
    try f.ok([
      "people", "add", "mweber", "--name", "Marta Weber", "--email", "marta@acme.example", "--role",
      "top-management", "--by", "ada",
    ])
    let approval = try ISMSProcess.run(
      ["review", "approve", "POL-001", "--by", "mweber", "--today", AuthoringFixture.today], in: f.url,
      environment: TestHome.environment(name: "Marta Weber", email: "marta@acme.example"))
    #expect(approval.status == 0, "\(approval.stderr)")
    #expect(approval.stdout.contains("Approved POL-001"))
    #expect(
      approval.stderr.contains("warning (I6): policies/information-security-policy.md:"), "\(approval.stderr)"
    )
    let warned = try diagnostics(f, rule: "I6").filter {
      $0["path"] as? String == "policies/information-security-policy.md"
    }
    #expect(warned.count == 1)
    #expect(
      (warned.first?["message"] as? String)?.contains("approved document still holds template text") == true)
  }
}
