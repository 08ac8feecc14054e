import Foundation
import ISMSCore
import Testing

@Suite("Pull request review (core)")
struct PullRequestReviewTests {
  static let dirk = Identity(name: "Dirk", email: "dirk@acme.example")

  static func policy(version: String, body: String, status: String = "approved") -> String {
    """
    ---
    id: POL-002
    kind: policy
    title: Access Control Policy
    version: "\(version)"
    status: \(status)
    owner: jdoe
    approver_role: ciso
    classification: internal
    ---
    \(body)
    """
  }

  static func review(_ files: [ChangedFile]) throws -> PullRequestReview {
    let fixture = Fixture()
    let head = ISMS.load(from: fixture.snapshot).isms
    return PullRequestReview(
      PullRequestInput(
        files: files, head: head, headDiagnostics: [], baseWideDiagnostics: [], authors: [Self.dirk],
        approvals: []))
  }

  static func modified(_ old: String, _ new: String, path: String = "policies/pol-002.md") -> ChangedFile {
    ChangedFile(status: .modified, path: path, old: Data(old.utf8), new: Data(new.utf8))
  }

  @Test("a changed file reads each version's document once, the old one at its old path")
  func changedFileDocuments() throws {
    let file = ChangedFile(
      status: .renamed, path: "policies/access.md", oldPath: "policies/pol-002.md",
      old: Data(Self.policy(version: "1.0", body: "Old\n").utf8),
      new: Data(Self.policy(version: "1.1", body: "New\n").utf8))
    #expect(file.oldDocument?.path == "policies/pol-002.md")
    #expect(file.oldDocument?.body == "Old\n")
    #expect(file.newDocument?.path == "policies/access.md")
    #expect(file.newDocument?.controlled?.version == "1.1")
    let added = ChangedFile(status: .added, path: "notes.md", old: nil, new: Data("no front-matter\n".utf8))
    #expect(added.oldDocument == nil && added.newDocument == nil)
  }

  @Test("a content change without a version bump breaks R36; a bump passes and needs the approver")
  func versionBump() throws {
    let old = Self.policy(version: "1.0", body: "Old\n")
    let flagged = try Self.review([Self.modified(old, Self.policy(version: "1.0", body: "New\n"))])
    #expect(!flagged.passed)
    #expect(flagged.findings.map(\.rule) == ["R36"])
    #expect(flagged.findings.first?.line == 5)

    let bumped = try Self.review([Self.modified(old, Self.policy(version: "1.1", body: "New\n"))])
    #expect(bumped.passed)
    let field = try #require(bumped.documents.first?.fields.first)
    #expect(bumped.documents.first?.fields.count == 1)
    #expect([field.field, field.old, field.new] == ["version", "\"1.0\"", "\"1.1\""])
    #expect(bumped.documents.first?.bodyChanged == true)
    #expect(bumped.approvals.first?.role == .ciso)
    #expect(bumped.approvals.first?.people == ["jdoe"])
  }

  @Test("a final record edited in place and a retired document reopened are refused")
  func immutables() throws {
    let record = """
      ---
      id: MET-1
      kind: metric
      title: Patch latency
      period_start: 2026-01-01
      period_end: 2026-03-31
      value: "5 days"
      measured_by: jdoe
      status: final
      ---

      """
    let edited = try Self.review([
      Self.modified(
        record, record.replacingOccurrences(of: "5 days", with: "4 days"), path: "records/metrics/met-1.md")
    ])
    #expect(edited.findings.map(\.rule) == ["d4"])
    let reopened = try Self.review([
      Self.modified(
        Self.policy(version: "1.0", body: "x\n", status: "retired"),
        Self.policy(version: "1.0", body: "x\n", status: "draft"))
    ])
    #expect(reopened.findings.map(\.rule) == ["d4"])
  }

  @Test("a removed control that documents still point to is flagged; risk level changes are listed")
  func controlsAndRisks() throws {
    let control =
      "---\nid: A.5.15\nkind: control\napplicability: applicable\njustification: x\nimplementation: implemented\nowner: jdoe\n---\n"
    let removed = try Self.review([
      ChangedFile(status: .deleted, path: "controls/A.5.15.md", old: Data(control.utf8), new: nil)
    ])
    let change = try #require(removed.applicability.first)
    #expect([change.control, change.old, change.new] == ["A.5.15", "applicable", nil])
    #expect(removed.findings.contains { $0.rule == "reference" && $0.message.contains("POL-001") })
    // The fixture's cycle is certified: a control decision changes only with a new SoA version.
    #expect(removed.findings.contains { $0.rule == "R22" })
    let risk = "---\nid: RISK-9\nkind: risk\nlikelihood: 2\nimpact: 3\n---\n"
    let raised = try Self.review([
      Self.modified(
        risk, risk.replacingOccurrences(of: "impact: 3", with: "impact: 5"), path: "risks/risk-9.md")
    ])
    let level = try #require(raised.risks.first)
    #expect([level.oldLevel, level.newLevel, level.oldResidual] == [6, 10, nil])
  }
}
