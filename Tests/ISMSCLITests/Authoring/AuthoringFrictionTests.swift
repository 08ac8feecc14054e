import Foundation
import Testing

@Suite("Friction met on the way to a stage 1-ready ISMS (#23)")
struct AuthoringFrictionTests {
  @Test("a YAML error in a control file is reported once, not also as a missing SoA entry")
  func brokenControlIsNotMissing() throws {
    let f = try AuthoringFixture()
    let text = try f.read("controls/A.5.5.md")
    try f.write(
      text.replacingOccurrences(of: "applicability: undecided\n", with: "applicability: [undecided\n"),
      to: "controls/A.5.5.md")
    let errors = try f.errors()
    #expect(
      errors.contains { $0["path"] as? String == "controls/A.5.5.md" && $0["rule"] as? String == "yaml" })
    #expect(!errors.contains { ($0["message"] as? String ?? "").contains("A.5.5 has no SoA entry") })

    let decide = try f.isms(["soa", "decide", "A.5.5", "--excluded", "--justification", "x", "--by", "ada"])
    #expect(decide.status == 1)
    #expect(decide.stderr.contains("controls/A.5.5.md:"))
  }

  @Test("closing an OFI without a note names the flags to pass")
  func findingCloseNamesTheFlags() throws {
    let f = try AuthoringFixture()
    try f.ok([
      "finding", "open", "--source", "monitoring", "--grade", "ofi", "--statement",
      "Backups could be tested more often",
      "--by", "ada",
    ])
    let result = try f.refused(
      ["finding", "close", "OFI-2026-001", "--by", "ada", "--recorded-decision", "ISMS meeting"],
      saying: "refused (R54)")
    #expect(result.stderr.contains("--reason \"…\" or --isms-change \"…\""))
  }

  @Test("approving again on the same day says it is already approved today by that person, exit 0")
  func approveTwiceSameDay() throws {
    let fixture = try ReviewFixture()
    try fixture.approvePolicy()
    let head = try fixture.head()
    let again = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-12"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("POL-001 v0.1 is already approved today by mweber (commit "))
    #expect(again.stdout.contains("); nothing to do."))
    #expect(!again.stderr.contains("nothing to commit"))
    #expect(try fixture.head() == head)
  }
}

extension AuthoringFrictionTests {
  @Test("approving a file that already records the same approval (written by hand) says so, exit 0")
  func approveHandWrittenSameDay() throws {
    let fixture = try ReviewFixture()
    try fixture.replace(
      "status: draft\n",
      with:
        "status: approved\napproved_by: mweber\napproved_on: 2026-01-12\neffective: 2026-01-12\nlast_review: 2026-01-12\nnext_review: 2027-01-12\n",
      in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.dirk + ["commit", "-qam", "Approved in the meeting"])
    let head = try fixture.head()
    let again = try fixture.isms(["review", "approve", "POL-001", "--by", "mweber", "--today", "2026-01-12"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("POL-001 v0.1 already reads approved today by mweber; nothing to do."))
    #expect(!again.stderr.contains("nothing to commit"))
    #expect(try fixture.head() == head)
  }
}

extension AuthoringFrictionTests {
  @Test("init's template text makes nobody an author: the one CISO who ran init approves a ciso document")
  func templateTextHasNoAuthor() throws {
    let f = try AuthoringFixture()
    let ada = TestHome.environment(name: "Ada Owner", email: "ada@acme.example")
    let approve = try ISMSProcess.run(
      ["review", "approve", "PROC-001", "--by", "ada", "--today", AuthoringFixture.today], in: f.url,
      environment: ada)
    #expect(approve.status == 0, "\(approve.stderr)")
    #expect(approve.stdout.contains("Approved PROC-001 v0.1 by ada"))
  }

  @Test("a refusal for segregation of duties names who could approve, or says nobody else holds the role")
  func segregationRefusalNamesApprovers() throws {
    let f = try AuthoringFixture()
    let text = try f.read("procedures/document-control.md")
    try f.write(text + "\nWe also keep paper records.\n", to: "procedures/document-control.md")
    try f.git(["-c", "user.name=Ada Owner", "-c", "user.email=ada@acme.example", "commit", "-qam", "Paper"])
    let alone = try f.refused(["review", "approve", "PROC-001", "--by", "ada"], saying: "refused (I5)")
    #expect(alone.stderr.contains("nobody else holds ciso"))
    try f.ok([
      "people", "add", "dkoch", "--name", "Dirk Koch", "--email", "dirk@acme.example", "--role", "ciso",
      "--by", "ada",
    ])
    let named = try f.refused(["review", "approve", "PROC-001", "--by", "ada"], saying: "refused (I5)")
    #expect(named.stderr.contains("it can be approved by dkoch (Dirk Koch)"))
  }

  @Test("a workflow command ignores uncommitted changes to files it does not write")
  func unrelatedDirtyFileIsIgnored() throws {
    let f = try AuthoringFixture()
    try f.write(try f.read("scope.md") + "\nA draft sentence.\n", to: "scope.md")
    try f.write("scratch", to: "notes.txt")
    try f.write(try f.read("isms.yml") + "# a person to add after the meeting\n", to: "isms.yml")
    try f.ok([
      "finding", "open", "--source", "monitoring", "--grade", "ofi", "--statement", "Backups could be tested",
      "--by", "ada",
    ])
    try f.ok(["new", "risk", "--title", "Phishing", "--by", "ada"])
    let status = try f.git(["status", "--porcelain"])
    #expect(status.contains(" M scope.md") && status.contains(" M isms.yml"))
    #expect(status.contains("?? notes.txt"))
  }
}
