import Foundation
import Testing

@testable import ISMSCore

/// One way to break the valid fixture, and the diagnostic it must produce.
struct Breakage: CustomTestStringConvertible, Sendable {
  let name: String
  let path: String
  let find: String
  let replace: String
  let rule: String
  let field: String?
  let severity: Severity

  init(
    _ name: String, _ path: String, _ find: String, _ replace: String, rule: String, field: String?,
    severity: Severity = .error
  ) {
    (self.name, self.path, self.find, self.replace) = (name, path, find, replace)
    (self.rule, self.field, self.severity) = (rule, field, severity)
  }

  var testDescription: String { name }
}

@Suite struct ValidatorTests {
  static let policy = "policies/pol-001.md"
  static let plan = "plans/isms-manual.md"
  static let risk = "risks/risk-001.md"
  static let review = "records/management-reviews/mr-1.md"
  static let audit = "records/audits/aud-1.md"
  static let finding = "records/findings/nc-1.md"

  @Test func validFixtureHasNoDiagnostics() throws {
    let report = try Fixture().validate()
    #expect(report.diagnostics == [])
    #expect(report.documentCount == 15)
    #expect(report.passed)
  }

  static let breakages: [Breakage] = [
    Breakage("unknown field", policy, "title:", "titel: x\ntitle:", rule: "schema", field: "titel"),
    Breakage(
      "x- field allowed is not reported", policy, "title:", "x-note: fine\ntitle:", rule: "none", field: nil),
    Breakage(
      "missing required field", policy, "classification: internal\n", "", rule: "schema",
      field: "classification"),
    Breakage(
      "wrong choice", policy, "classification: internal", "classification: secret", rule: "schema",
      field: "classification"),
    Breakage(
      "impossible date", policy, "effective: 2025-04-01", "effective: 2025-02-29", rule: "schema",
      field: "effective"),
    Breakage("bad version", policy, "version: \"2.1\"", "version: two", rule: "schema", field: "version"),
    Breakage(
      "list where text expected", policy, "owner: jdoe", "owner: [jdoe]", rule: "schema", field: "owner"),
    Breakage("bad id", policy, "id: POL-001", "id: \"-bad id\"", rule: "schema", field: "id"),
    Breakage("unknown person", policy, "owner: jdoe", "owner: nobody", rule: "reference", field: "owner"),
    Breakage(
      "unknown clause", policy, "clauses: [\"5.2\"]", "clauses: [\"5.9\"]", rule: "reference",
      field: "clauses[0]"),
    Breakage(
      "unknown control", policy, "controls: [A.5.1, A.5.15]", "controls: [A.5.1, A.9.9]", rule: "reference",
      field: "controls[1]"),
    Breakage(
      "broken document reference", "controls/A.5.1.md", "policies: [POL-001]", "policies: [POL-404]",
      rule: "reference", field: "policies[0]"),
    Breakage(
      "duplicate id across ISMS", "suppliers/aws.md", "id: SUP-001", "id: pol-001", rule: "id", field: "id"),
    Breakage(
      "approved without approved_by", policy, "approved_by: mweber\n", "", rule: "R35", field: "approved_by"),
    Breakage(
      "approved without approved_on", policy, "approved_on: 2025-03-28\n", "", rule: "R35",
      field: "approved_on"),
    Breakage(
      "approved without effective", policy, "effective: 2025-04-01\n", "", rule: "R35", field: "effective"),
    Breakage(
      "approved without last_review", policy, "last_review: 2026-03-02\n", "", rule: "R35",
      field: "last_review"),
    Breakage(
      "approver lacks role", policy, "approved_by: mweber", "approved_by: jdoe", rule: "R35",
      field: "approved_by"),
    Breakage(
      "security policy approver role", policy, "approver_role: top-management", "approver_role: ciso",
      rule: "R37", field: "approver_role"),
    Breakage(
      "next_review beyond interval", policy, "next_review: 2027-03-02", "next_review: 2027-04-02",
      rule: "R38", field: "next_review"),
    Breakage(
      "review overdue", policy, "next_review: 2027-03-02", "next_review: 2026-05-01", rule: "R38",
      field: "next_review", severity: .warning),
    Breakage(
      "retired without reason", plan, "status: approved", "status: retired", rule: "R36", field: "status"),
    Breakage(
      "mandatory missing", plan, "audit-programme]", "audit-programme-x]", rule: "schema",
      field: "mandatory[6]"),
    Breakage("mandatory document missing", plan, ", audit-programme]", "]", rule: "R34", field: nil),
    Breakage(
      "mandatory twice", policy, "mandatory: security-policy", "mandatory: [security-policy, scope]",
      rule: "R34", field: "mandatory"),
    Breakage(
      "documented control without document", policy, "controls: [A.5.1, A.5.15]", "controls: [A.5.1]",
      rule: "R34", field: "applicability"),
    Breakage(
      "undecided control", "controls/A.8.13.md", "applicability: excluded", "applicability: undecided",
      rule: "R42", field: "applicability", severity: .warning),
    Breakage(
      "excluded without justification", "controls/A.8.13.md",
      "justification: No data is stored; the platform is stateless\n", "", rule: "R42", field: "applicability"
    ),
    Breakage(
      "applicable without implementation", "controls/A.5.15.md", "implementation: partial\n", "", rule: "R42",
      field: "applicability"),
    Breakage(
      "applicable without owner", "controls/A.5.15.md", "owner: jdoe\n", "", rule: "R42",
      field: "applicability"),
    Breakage(
      "control not in catalog", "controls/A.8.13.md", "id: A.8.13", "id: A.8.99", rule: "R42", field: "id"),
    Breakage("level inconsistent", risk, "level: 12", "level: 11", rule: "R40", field: "level"),
    Breakage(
      "likelihood outside scale", risk, "likelihood: 3", "likelihood: 7", rule: "R40", field: "likelihood"),
    Breakage(
      "retained above threshold", risk, "treatment: modify", "treatment: retain", rule: "R41",
      field: "treatment"),
    Breakage("modify without controls", risk, "controls: [A.8.7]\n", "", rule: "R41", field: "treatment"),
    Breakage(
      "residual above threshold", risk, "residual_likelihood: 1\nresidual_impact: 2",
      "residual_likelihood: 2\nresidual_impact: 4", rule: "R41", field: "residual_likelihood"),
    Breakage(
      "acceptance by non-owner", risk, "assessed_on:",
      "accepted_by: mweber\naccepted_on: 2026-01-11\nassessed_on:", rule: "R41", field: "accepted_by"),
    Breakage(
      "treating control not applicable", risk, "controls: [A.8.7]", "controls: [A.8.13]", rule: "R42",
      field: "controls"),
    Breakage(
      "risk review overdue", risk, "assessed_on: 2026-01-10", "assessed_on: 2025-01-10", rule: "R40",
      field: "assessed_on", severity: .warning),
    Breakage(
      "management review input missing", review, "  improvement: automate patching\n", "", rule: "R49",
      field: "inputs.improvement"),
    Breakage(
      "management review without top management", review, "attendees: [mweber, jdoe]", "attendees: [jdoe]",
      rule: "R49", field: "attendees"),
    Breakage(
      "objective without resources", "records/objectives/obj-1.md", "resources: Two engineers\n", "",
      rule: "schema", field: "resources"),
    Breakage(
      "minor finding without evidence", finding, "evidence: Review log empty since 2025\n", "", rule: "R6",
      field: "grade"),
    Breakage(
      "external audit without cycle", audit, "type: internal", "type: stage2", rule: "schema", field: "type"),
    Breakage(
      "auditor owns audited area", audit, "lead_auditor: kfischer", "lead_auditor: jdoe", rule: "R48",
      field: "lead_auditor"),
    Breakage(
      "corrects points nowhere", "records/metrics/m-1.md", "status: final",
      "status: final\ncorrects: MET-OLD", rule: "reference", field: "corrects"),
    Breakage(
      "cycle expiry too late", "records/cycles/cyc-1.md", "expiry: 2028-06-19", "expiry: 2028-07-19",
      rule: "R11", field: "expiry"),
    Breakage(
      "duplicate person id", "isms.yml", "  - id: kfischer", "  - id: JDOE", rule: "config", field: "people"),
    Breakage(
      "unknown role", "isms.yml", "roles: [internal-auditor]", "roles: [auditor]", rule: "schema",
      field: "people[2].roles[0]"),
    Breakage(
      "threshold out of range", "isms.yml", "acceptance_threshold: 6", "acceptance_threshold: 30",
      rule: "R40", field: "risk_method"),
    Breakage(
      "empty scale", "isms.yml", "impact: [Negligible, Minor, Moderate, Major, Severe]", "impact: []",
      rule: "R40", field: "risk_method"),
    Breakage(
      "malformed YAML", policy, "title: Information Security Policy", "title: [unclosed", rule: "yaml",
      field: nil),
  ]

  @Test(arguments: breakages)
  func reportsBrokenRule(_ breakage: Breakage) throws {
    let fixture = Fixture()
    #expect(fixture.files[breakage.path]?.contains(breakage.find) == true, "fixture lacks \(breakage.find)")
    let report = try fixture.replacing(breakage.find, with: breakage.replace, in: breakage.path).validate()
    if breakage.rule == "none" {
      #expect(report.diagnostics == [])
      return
    }
    let matching = report.diagnostics.filter {
      $0.rule == breakage.rule && $0.field == breakage.field && $0.severity == breakage.severity
    }
    #expect(
      !matching.isEmpty, "got \(report.diagnostics.map { "\($0.rule) \($0.field ?? "-") \($0.message)" })")
    #expect(matching.allSatisfy { !$0.message.isEmpty && !$0.fix.isEmpty })
  }

  @Test func reportsEveryProblemAtOnceWithLines() throws {
    let report = try Fixture()
      .replacing("owner: jdoe", with: "owner: nobody", in: Self.policy)
      .replacing("level: 12", with: "level: 11", in: Self.risk)
      .validate()
    #expect(report.errorCount == 2)
    let owner = try #require(report.diagnostics.first { $0.field == "owner" })
    #expect(owner.path == Self.policy)
    #expect(owner.line == 7)
  }

  @Test func missingControlFileAndConfigAreReported() throws {
    var fixture = Fixture()
    fixture.files["controls/A.8.13.md"] = nil
    fixture.files["isms.yml"] = nil
    let report = try fixture.validate()
    #expect(report.diagnostics.contains { $0.rule == "R42" && $0.message.contains("A.8.13") })
    #expect(report.diagnostics.contains { $0.rule == "config" && $0.path == "isms.yml" })
  }

  @Test func hostileDocumentsBecomeDiagnosticsNamingFileAndLine() throws {
    var fixture = Fixture()
    fixture.files["policies/bomb.md"] = "---\nid: X\nkind: policy\na: &a [1]\nb: *a\n---\n"
    fixture.files["policies/open.md"] = "---\nid: Y\n"
    fixture.files["policies/dup.md"] = "---\nid: Z\nkind: plan\nid: Z2\n---\n"
    let report = try fixture.validate()
    let yaml = report.diagnostics.filter { $0.rule == "yaml" }
    #expect(yaml.map(\.path) == ["policies/bomb.md", "policies/dup.md", "policies/open.md"])
    #expect(yaml.map(\.line) == [4, 4, 1])
  }

  @Test func bomAndCRLFDocumentValidates() throws {
    var fixture = Fixture()
    let path = "records/competence/c-1.md"
    let text = try #require(fixture.files[path]).replacingOccurrences(of: "\n", with: "\r\n")
    var files = fixture.files.mapValues { Data($0.utf8) }
    files[path] = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    fixture.files = [:]
    let report = Validator.validate(
      snapshot: InMemorySnapshot(data: files), catalogs: try Fixture.catalogs, today: Fixture.today)
    #expect(report.diagnostics == [])
  }
}
