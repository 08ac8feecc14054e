import Foundation
import ISMSCore
import Testing

@Suite("record integrity: approval state is one truth")
struct ApprovalStateTests {
  /// The policy approved (v0.1) by Marta, then edited and raised to v0.2 by Dirk without a new approval.
  static func changedAfterApproval() throws -> ReviewFixture {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    try fixture.append("\nWe also protect paper records.\n", to: ReviewFixture.policy)
    try fixture.replace("version: \"0.1\"", with: "version: \"0.2\"", in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Extend the policy"])
    return fixture
  }

  @Test("status counts the policy as changed since approval and lists it as awaiting approval")
  func status() throws {
    let fixture = try Self.changedAfterApproval()
    let result = try fixture.isms(["status", "--format", "json", "--today", "2026-01-13"])
    let report = try ReviewFixture.json(result.stdout)
    let documents = try #require(report["documents"] as? [String: [String: Int]])
    #expect(documents["policy"]?["changed_since_approval"] == 1, "\(documents)")
    #expect(documents["policy"]?["approved"] == nil)
    let awaiting = try #require(report["awaiting_approval"] as? [[String: String]])
    #expect(awaiting.contains { $0["id"] == "POL-001" && $0["state"] == "changed since approval v0.1" })
    let text = try fixture.isms(["status", "--today", "2026-01-13"]).stdout
    #expect(text.contains("Awaiting approval\n  POL-001        changed since approval v0.1"), "\(text)")
  }

  @Test("the same policy approved and untouched counts as approved")
  func approvedStaysApproved() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let report = try ReviewFixture.json(
      try fixture.isms(["status", "--format", "json", "--today", "2026-01-13"]).stdout)
    let documents = try #require(report["documents"] as? [String: [String: Int]])
    #expect(documents["policy"]?["approved"] == 1)
    #expect((report["awaiting_approval"] as? [Any])?.isEmpty == true)
  }

  @Test("review due lists it as awaiting approval, whatever the window")
  func reviewDue() throws {
    let fixture = try Self.changedAfterApproval()
    let result = try fixture.isms([
      "review", "due", "--within", "0", "--format", "json", "--today", "2026-01-13",
    ])
    let rows = try #require(try ReviewFixture.json(result.stdout)["rows"] as? [[String: Any]])
    let row = try #require(rows.first { $0["id"] as? String == "POL-001" })
    #expect(row["state"] as? String == "awaiting_approval")
    #expect(row["detail"] as? String == "changed since approval v0.1")
  }

  @Test("the packet's contents and the document page say changed since approval, not approved")
  func packet() throws {
    let fixture = try Self.changedAfterApproval()
    let output = fixture.folder.url.appendingPathComponent("packet.zip")
    let result = try fixture.isms([
      "packet", "--kind", "internal", "--today", "2026-01-13", "-o", output.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let entries = try PacketArchive.entries(of: try Data(contentsOf: output))
    let page = try #require(
      entries.first { $0.path == "documents/policies/information-security-policy.html" })
    let pageText = String(decoding: page.contents, as: UTF8.self)
    #expect(pageText.contains("changed since approval v0.1"))
    let index = try #require(entries.first { $0.path == "index.html" })
    let indexText = String(decoding: index.contents, as: UTF8.self)
    #expect(indexText.contains("changed since approval v0.1"))
  }
}
