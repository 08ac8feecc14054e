import ISMSCore
import Testing

@Suite("Change approvers")
struct ChangeTests {
  static let bob = Identity(name: "Bob", email: "bob@acme.example")
  static let carol = Identity(name: "Carol", email: "carol@acme.example")
  static let day = Day(year: 2026, month: 5, day: 4) ?? Day(daysSinceEpoch: 0)

  static func change(author: Identity = bob, merged: Identity? = nil, _ trailers: [(String, String)])
    -> Change
  {
    Change(
      repository: ".",
      commit: ChangeCommit(
        id: "abc", date: day, author: author, mergedAuthor: merged, summary: "x",
        trailers: trailers.map { (key: $0.0, value: $0.1) }))
  }

  @Test func trailersNameTheApprover() {
    let approved = Self.change([("Approved-by", "Carol <carol@acme.example>"), ("CI-Result", "passed")])
    #expect(approved.approver == "Carol <carol@acme.example>")
    #expect(approved.approvalSource == "Approved-by")
    #expect(approved.ci == "passed")
    #expect(Self.change([("reviewed-by", "Carol <CAROL@acme.example>")]).approvalSource == "Reviewed-by")
  }

  @Test func selfApprovalIsNoApproval() {
    let own = Self.change([("Approved-by", "Bob <BOB@acme.example>")])
    #expect(own.approver == nil)
    #expect(!own.isIndependentlyApproved)
    #expect(!Self.change([]).isIndependentlyApproved)
  }

  @Test func mergesAndIsmsApprovals() {
    let merge = Self.change(author: Self.carol, merged: Self.bob, [])
    #expect(merge.author == "Bob <bob@acme.example>")
    #expect(merge.approver == "Carol <carol@acme.example>")
    #expect(merge.approvalSource == "merge")
    #expect(!Self.change(author: Self.bob, merged: Self.bob, []).isIndependentlyApproved)
    #expect(Self.change(author: Self.carol, [("ISMS-Approval", "POL-001")]).approvalSource == "ISMS-Approval")
  }
}
