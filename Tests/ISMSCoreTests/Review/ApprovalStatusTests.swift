import Foundation
import ISMSCore
import Testing

@Suite("Approval state and plans")
struct ApprovalStatusTests {
  static let ada = Identity(name: "Ada", email: "ada@acme.example")
  static let marta = Identity(name: "Marta", email: "marta@acme.example")
  static let config: ISMSConfig = {
    let yaml = """
      people:
        - {id: ada, name: Ada, email: ada@acme.example, roles: [ciso]}
        - {id: mweber, name: Marta, email: marta@acme.example, roles: [top-management]}
      """
    return ISMSConfig(FieldReader((try? YAMLReader.parseMapping(yaml, firstLine: 1)) ?? []))
  }()

  static func text(
    version: String = "1.0", status: String = "draft", body: String = "Body\n", extra: String = ""
  ) -> String {
    """
    ---
    id: POL-001
    kind: policy
    title: Information Security Policy
    version: "\(version)"
    status: \(status)
    owner: ada
    approver_role: top-management
    classification: internal
    mandatory: security-policy
    \(extra)---
    \(body)
    """
  }

  static func document(_ text: String) throws -> Document {
    try #require(try DocumentText.parse(Data(text.utf8), path: "policies/pol.md"))
  }

  static func revision(_ id: String, _ author: Identity, _ text: String, approval: Bool = false) throws
    -> DocumentRevision
  {
    DocumentRevision(
      commitID: String(repeating: id, count: 40), author: author, date: Date(timeIntervalSince1970: 0),
      timeZoneOffsetMinutes: 0, summary: "s",
      trailers: approval
        ? [(key: "ISMS-Approval", value: "POL-001"), (key: "ISMS-Approved-Version", value: "1.0")] : [],
      document: try document(text))
  }

  @Test("bookkeeping commits keep the approval; a body change ends it and names its author")
  func coverage() throws {
    let approved = Self.text(status: "approved", extra: "approved_by: mweber\napproved_on: 2026-01-12\n")
    let reviewed = Self.text(
      status: "approved", extra: "approved_by: mweber\napproved_on: 2026-01-12\nlast_review: 2027-01-01\n")
    let history = [
      try Self.revision("c", Self.ada, reviewed),
      try Self.revision("b", Self.marta, approved, approval: true),
      try Self.revision("a", Self.ada, Self.text()),
    ]
    let covered = ApprovalStatus(current: try Self.document(reviewed), history: history)
    #expect(covered.coversCurrent)
    #expect(covered.contentAuthors.isEmpty)
    #expect(covered.approvedVersion == "1.0")

    let edited = Self.text(
      version: "1.1", status: "approved", body: "New body\n", extra: "approved_by: mweber\n")
    let stale = ApprovalStatus(
      current: try Self.document(edited), history: [try Self.revision("d", Self.ada, edited)] + history)
    #expect(!stale.coversCurrent)
    #expect(stale.changedSinceApproval == ["version", "body"])
    #expect(stale.contentAuthors == [Self.ada])
  }

  @Test("the approval plan refuses a wrong role, an author and a missing version bump")
  func guards() throws {
    let people = Self.config.people
    let ada = try #require(people.first { $0.id == "ada" })
    let marta = try #require(people.first { $0.id == "mweber" })
    let today = try #require(Day("2026-01-12"))
    let draft = Self.text()
    let document = try Self.document(draft)
    let fresh = ApprovalStatus(current: document, history: [try Self.revision("a", Self.ada, draft)])
    #expect(throws: ReviewRefusal("R37", "POL-001 needs approval by top-management; ada holds ciso")) {
      try ApprovalPlan(
        document: document, text: draft, approver: ada, config: Self.config, status: fresh, today: today)
    }
    let own = ApprovalStatus(current: document, history: [try Self.revision("a", Self.marta, draft)])
    #expect(throws: ReviewRefusal.self) {
      try ApprovalPlan(
        document: document, text: draft, approver: marta, config: Self.config, status: own, today: today)
    }
    let plan = try ApprovalPlan(
      document: document, text: draft, approver: marta, config: Self.config, status: fresh, today: today)
    #expect(plan.text.contains("status: approved\n"))
    #expect(plan.text.contains("next_review: 2027-01-12\n"))
    #expect(plan.message.hasSuffix("ISMS-Approval: POL-001\nISMS-Approved-Version: 1.0\n"))

    let approvedText = plan.text
    let changed = approvedText.replacingOccurrences(of: "Body", with: "Other")
    let history = [
      try Self.revision("c", Self.ada, changed),
      try Self.revision("b", Self.marta, approvedText, approval: true),
      try Self.revision("a", Self.ada, draft),
    ]
    let unbumped = ApprovalStatus(current: try Self.document(changed), history: history)
    #expect {
      try ApprovalPlan(
        document: try Self.document(changed), text: changed, approver: marta, config: Self.config,
        status: unbumped, today: today)
    } throws: { ($0 as? ReviewRefusal)?.rule == "R36" }
  }

  @Test("versions compare numerically")
  func versions() throws {
    #expect(try #require(VersionNumber("2.10")) > (try #require(VersionNumber("2.9"))))
    #expect(VersionNumber("2") == nil)
    #expect(VersionNumber("1.x") == nil)
  }
}
