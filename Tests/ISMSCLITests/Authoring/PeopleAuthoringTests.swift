import Foundation
import Testing

@Suite("isms people add / set / leave")
struct PeopleAuthoringTests {
  @Test("add and set edit isms.yml in place: comments, the first person and the layout stay")
  func addAndSet() throws {
    let f = try AuthoringFixture()
    let before = try f.read("isms.yml")
    let added = try f.ok([
      "people", "add", "asmith", "--name", "Alex Smith", "--email", "alex@acme.example", "--role",
      "risk-owner",
      "--role", "process-owner", "--by", "ada",
    ])
    #expect(added.stdout.contains("Added asmith (Alex Smith, risk-owner, process-owner) to isms.yml by ada"))
    #expect(
      try f.git(["log", "-1", "--format=%an|%s"])
        == "Ada Owner|People: add asmith (Alex Smith) as risk-owner, process-owner\n")
    let after = try f.read("isms.yml")
    let person =
      "  - id: asmith\n    name: Alex Smith\n    email: alex@acme.example\n    roles: [risk-owner, process-owner]\n"
    #expect(
      after.contains(
        "# optional: areas/processes this person is responsible for\n" + person + "  # - id: asmith\n"))
    // Everything that was there is still there, in order: only the new lines were added.
    #expect(after.replacingOccurrences(of: person, with: "") == before)

    let json = try AuthoringFixture.json(
      try f.ok(["people", "set", "asmith", "--roles", "ciso,risk-owner", "--by", "ada", "--format", "json"])
        .stdout)
    #expect(json["roles"] as? [String] == ["ciso", "risk-owner"])
    #expect(
      try f.read("isms.yml").contains(
        "  - id: asmith\n    name: Alex Smith\n    email: alex@acme.example\n    roles: [ciso, risk-owner]\n")
    )
    #expect(try f.errors().isEmpty)
    #expect(try f.git(["status", "--porcelain"]) == "")
  }

  @Test("add and set refuse what would break the ISMS, naming the person or the rule")
  func refusals() throws {
    let f = try AuthoringFixture()
    try f.refused(
      ["people", "add", "ADA", "--name", "A", "--email", "a@x.example", "--role", "ciso", "--by", "ada"],
      saying: "isms.yml: ada (ada@acme.example) is already in people")
    try f.refused(
      ["people", "add", "bo", "--name", "Bo", "--email", "bo@x.example", "--role", "boss", "--by", "ada"],
      status: 64,
      saying: "--role 'boss' is not a role")
    try f.refused(
      ["people", "add", "bo b", "--name", "Bo", "--email", "bo@x.example", "--role", "ciso", "--by", "ada"],
      status: 64,
      saying: "person id 'bo b' must be")
    // Ada is the only holder of top-management (R37).
    try f.refused(
      ["people", "set", "ada", "--roles", "ciso", "--by", "ada"], saying: "refused (R37): isms.yml")
  }

  @Test("leave lists what the person owns and refuses; --reassign-to hands it over in the same commit")
  func leave() throws {
    let f = try AuthoringFixture()
    try f.ok([
      "people", "add", "asmith", "--name", "Alex Smith", "--email", "alex@acme.example", "--role",
      "risk-owner",
      "--by", "ada",
    ])
    try f.ok(["new", "risk", "--title", "Phishing of the support team", "--owner", "asmith", "--by", "ada"])
    try f.ok([
      "soa", "decide", "A.6.3", "--applicable", "--justification", "Awareness", "--implementation", "planned",
      "--owner", "asmith", "--by", "ada",
    ])
    let refused = try f.refused(
      ["people", "leave", "asmith", "--by", "ada"], saying: "refused: asmith still owns 2 item(s)")
    #expect(refused.stderr.contains("  A.6.3 (control, controls/A.6.3.md:"))
    #expect(refused.stderr.contains("  RISK-002 (risk, risks/RISK-002.md:8 owner)"))

    let json = try AuthoringFixture.json(
      try f.ok(["people", "leave", "asmith", "--reassign-to", "ada", "--by", "ada", "--format", "json"])
        .stdout)
    #expect((json["reassigned"] as? [[String: Any]])?.map { $0["id"] as? String } == ["A.6.3", "RISK-002"])
    #expect(
      try f.git(["show", "--format=%s", "--name-only", "HEAD"])
        == "People: asmith leaves and hands 2 item(s) over to ada\n\ncontrols/A.6.3.md\nisms.yml\nrisks/RISK-002.md\n"
    )
    #expect(try f.read("risks/RISK-002.md").contains("\nowner: ada\n"))
    #expect(try f.read("controls/A.6.3.md").contains("\nowner: ada\n"))
    #expect(
      try f.read("isms.yml").contains(
        "  - id: asmith\n    name: Alex Smith\n    email: alex@acme.example\n    roles: []\n    x-left: 2026-01-10\n"
      ))
    #expect(try f.errors().isEmpty)
    try f.refused(
      ["new", "risk", "--by", "asmith"], saying: "asmith left on 2026-01-10 ('isms people leave')")
  }
}

@Suite("isms new / scope set / facts set")
struct DocumentAuthoringTests {
  @Test("new: next free id, the kind's folder, the owner; every new draft validates")
  func newDocuments() throws {
    let f = try AuthoringFixture()
    let created = try f.ok(["new", "policy", "--title", "Access control: who may see what", "--by", "ada"])
    #expect(created.stdout.contains("Created POL-002 (policy, draft, owner ada) by ada"))
    #expect(created.stdout.contains("\n  policies/POL-002.md"))
    #expect(try f.read("policies/POL-002.md").contains("title: \"Access control: who may see what\"\n"))
    #expect(
      try f.git(["log", "-1", "--format=%an|%s"])
        == "Ada Owner|New policy POL-002: Access control: who may see what\n")
    try f.ok(["new", "policy", "--by", "ada"])
    #expect(FileManager.default.fileExists(atPath: f.url.appendingPathComponent("policies/POL-003.md").path))
    let expected = [
      ("procedure", "PROC-004", "procedures/PROC-004.md"), ("plan", "PLAN-009", "plans/PLAN-009.md"),
      ("risk", "RISK-002", "risks/RISK-002.md"), ("supplier", "SUP-001", "suppliers/SUP-001.md"),
      ("objective", "OBJ-2026-01", "records/objectives/OBJ-2026-01.md"),
      ("metric", "MET-2026-001", "records/metrics/MET-2026-001.md"),
      ("competence", "COMP-2026-001", "records/competence/COMP-2026-001.md"),
    ]
    for (kind, id, path) in expected {
      let json = try AuthoringFixture.json(try f.ok(["new", kind, "--by", "ada", "--format", "json"]).stdout)
      #expect(json["id"] as? String == id)
      #expect(json["path"] as? String == path)
      #expect(json["owner"] as? String == "ada")
    }
    #expect(try f.errors().isEmpty)
    #expect(try f.git(["status", "--porcelain"]) == "")
    try f.refused(["new", "audit", "--by", "ada"], status: 64, saying: "(audits: 'isms audit plan')")
    try f.refused(
      ["new", "policy", "--owner", "zoe", "--by", "ada"], saying: "--owner zoe is not a person in isms.yml")
  }

  @Test("scope set writes the same statement into isms.yml and the scope document, in one commit")
  func scopeSet() throws {
    let f = try AuthoringFixture()
    let statement =
      "The development, operation and support of the Acme platform: Hamburg office and remote work."
    try f.ok(["scope", "set", "--statement", statement, "--by", "ada"])
    #expect(
      try f.git(["show", "--format=%s", "--name-only", "HEAD"])
        == "Scope: set the scope statement\n\nisms.yml\nscope.md\n")
    let config = try f.read("isms.yml")
    #expect(config.contains("\nscope: \"\(statement)\"\n"))
    #expect(config.contains("# The scope statement (ISO/IEC 27001 clause 4.3)"))
    let scope = try f.read("scope.md")
    #expect(scope.contains("## 1. Scope statement\n\n\(statement)\n\n## 2. Context considered"))
    #expect(!scope.contains("TODO: One or two sentences"))
    #expect(try f.errors().isEmpty)
    let again = try f.ok(["scope", "set", "--statement", statement, "--by", "ada"])
    #expect(again.stdout.contains("already say this; nothing to change"))
  }

  @Test("facts set changes the organisation and the certification body in isms.yml")
  func factsSet() throws {
    let f = try AuthoringFixture()
    let json = try AuthoringFixture.json(
      try f.ok([
        "facts", "set", "--org", "Acme & Co. KG", "--certification-body", "Example Cert GmbH", "--cb-contact",
        "audits@cert.example", "--by", "ada", "--format", "json",
      ]).stdout)
    #expect(
      json["changed"] as? [String: String] == [
        "organization": "Acme & Co. KG", "certification_body.name": "Example Cert GmbH",
        "certification_body.contact": "audits@cert.example",
      ])
    let config = try f.read("isms.yml")
    #expect(config.contains("\norganization: Acme & Co. KG\n"))
    #expect(
      config.contains("\ncertification_body: {name: Example Cert GmbH, contact: audits@cert.example}\n"))
    try f.ok(["facts", "set", "--cb-contact", "cb@cert.example", "--by", "ada"])
    #expect(
      try f.read("isms.yml").contains(
        "\ncertification_body: {name: Example Cert GmbH, contact: cb@cert.example}\n"))
    #expect(try f.errors().isEmpty)
    try f.refused(["facts", "set", "--by", "ada"], status: 64, saying: "say what to set")
  }
}
