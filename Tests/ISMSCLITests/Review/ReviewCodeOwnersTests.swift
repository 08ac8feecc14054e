import Foundation
import Testing

@Suite("isms review codeowners")
struct ReviewCodeOwnersTests {
  @Test("writes GitHub's CODEOWNERS format: catch-all first, one anchored path per document")
  func format() throws {
    let fixture = try ReviewFixture(subfolder: "handbook")
    let result = try fixture.isms(["review", "codeowners"])
    #expect(result.status == 0, "\(result.stderr)")
    let file = fixture.url.deletingLastPathComponent().appendingPathComponent(".github/CODEOWNERS")
    let text = try String(contentsOf: file, encoding: .utf8)
    let rules = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(rules.first == "/handbook/ @ada-gh")
    #expect(rules.contains("/handbook/isms.yml @ada-gh @mweber"))
    #expect(rules.contains("/handbook/\(ReviewFixture.policy) @ada-gh @mweber"))
    for rule in rules {
      let parts = rule.split(separator: " ")
      #expect(
        parts.count >= 2 && parts[0].hasPrefix("/") && parts.dropFirst().allSatisfy { $0.hasPrefix("@") })
    }
    let paths = rules.dropFirst(2).map { String($0.split(separator: " ")[0]) }
    #expect(paths == paths.sorted())
    let again = try fixture.isms(["review", "codeowners", "--output", "-"])
    #expect(again.stdout == text)
  }

  @Test("warns for documents nobody with a forge handle can approve, and never writes outside the repository")
  func warningsAndOutside() throws {
    let fixture = try ReviewFixture()
    try fixture.replace(
      "approver_role: ciso", with: "approver_role: internal-auditor", in: "procedures/document-control.md")
    let result = try fixture.isms(["review", "codeowners", "--output", "OWNERS"])
    #expect(result.status == 0)
    #expect(
      result.stderr.contains("warning: procedures/document-control.md: nobody holding internal-auditor"))
    let outside = try fixture.isms(["review", "codeowners", "--output", "../CODEOWNERS"])
    #expect(outside.status == 1)
    #expect(
      !FileManager.default.fileExists(
        atPath: fixture.url.deletingLastPathComponent().appendingPathComponent("CODEOWNERS").path))
    let git = try fixture.isms(["review", "codeowners", "--output", ".git/CODEOWNERS"])
    #expect(git.status == 1)
  }
}
