import Foundation
import Testing

@Suite("isms import comply")
struct FrameworksImportComplyTests {
  static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/Frameworks/comply")

  @Test("policies, procedures and narratives become drafts with mapped controls, in one commit")
  func imports() throws {
    let fixture = try FrameworksFixture()
    let result = try fixture.isms(["import", "comply", Self.project.path, "--by", "ada", "--format", "json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let report = try FrameworksFixture.json(result.stdout)
    let documents = try #require(report["documents"] as? [[String: Any]])
    #expect(
      documents.compactMap { $0["path"] as? String } == [
        "plans/CONTROL.md", "policies/AOTP.md", "procedures/offboard.md",
      ])
    let unmapped = try #require(report["unmapped"] as? [String])
    #expect(unmapped.contains("policies/access.md: field `owner` is not imported"))
    #expect(unmapped.contains("policies/access.md: PI1.1 maps to no Annex A control or clause (SOC 2 only)"))

    let policy = try fixture.read("policies/AOTP.md")
    #expect(policy.contains("title: \"Access Onboarding and Termination Policy\""))
    #expect(policy.contains("version: \"2.1\""))
    #expect(policy.contains("owner: ada"))
    #expect(policy.contains("controls: [A.5.8, A.5.9, A.5.12, A.5.13, A.5.14, A.5.15, A.5.16"))
    #expect(policy.contains("x-comply-satisfies: {\"TSC\": [\"CC6.1\", \"CC6.2\", \"PI1.1\"]}"))
    #expect(policy.contains("Access is granted on request."))
    #expect(try fixture.read("procedures/offboard.md").contains("x-comply-cron: \"0 0 * * *\""))
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "")

    let validate = try FrameworksFixture.json(try fixture.isms(["validate", "--format", "json"]).stdout)
    let errors = ((validate["diagnostics"] as? [[String: Any]]) ?? []).filter {
      ($0["severity"] as? String) == "error"
        && ["policies/AOTP.md", "procedures/offboard.md", "plans/CONTROL.md"].contains(
          $0["path"] as? String ?? "")
    }
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("importing twice is refused: the ids exist, nothing is written")
  func refusesDuplicates() throws {
    let fixture = try FrameworksFixture()
    #expect(try fixture.isms(["import", "comply", Self.project.path, "--by", "ada"]).status == 0)
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout
    let again = try fixture.isms(["import", "comply", Self.project.path, "--by", "ada"])
    #expect(again.status == 1)
    #expect(again.stdout.contains("id `AOTP` is already used"))
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout == head)
  }
}
