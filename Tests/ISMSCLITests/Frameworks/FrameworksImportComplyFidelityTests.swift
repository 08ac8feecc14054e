import Foundation
import Testing

/// `isms import comply` carries over what comply projects hold and reports what it does not;
/// each project is written by the test.
@Suite("isms import comply: nothing lost without a word")
struct FrameworksImportComplyFidelityTests {
  /// A comply project in a temporary folder.
  struct Project {
    let folder: TemporaryFolder

    init(_ files: [String: String]) throws {
      folder = try TemporaryFolder("comply-project")
      for (path, text) in files {
        let url = folder.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
      }
    }

    var path: String { folder.url.path }
  }

  static let policy = """
    name: "{{.Name}} Access Policy"
    acronym: AP
    satisfies:
      TSC:
        - CC7.3 - Incident Detection and Response
        - cc6.1
        - "CC6.2   "
        - CC9.9
        - CC1.1
      ISO27001: [A.5.15, 6.1.3]
    majorRevisions:
      - date: Jun 1 2018
        comment: Initial document
      - date: Jan 1 2020
        comment: Rewrite, approved by the board
    minorRevisions:
      - date: Feb 1 2020
        comment: Typos, approved by the CEO
    ---

    # Access at {{.Name}}

    {{.Name}} grants access on request. {{.Other}} stays.
    """

  static func project(_ extra: [String: String] = [:]) throws -> Project {
    try Project(
      [
        "comply.yml": "name: Acme Corp\nfilePrefix: acme\n",
        "policies/access.md": policy,
        "policies/README.md": "Policies go here.\n",
        "standards/TSC-2017.yml": "name: TSC-2017\nCC1.1:\n  family: CC1\n",
        "templates/default.latex": "\\documentclass{article}\n",
        "procedures/notes.txt": "not a document\n",
      ].merging(extra) { _, new in new })
  }

  static func run(_ fixture: FrameworksFixture, _ project: Project, _ extra: [String] = []) throws
    -> (ProcessResult, [String: Any])
  {
    let result = try fixture.isms(
      ["import", "comply", project.path, "--by", "ada", "--format", "json"] + extra)
    return (result, (try? FrameworksFixture.json(result.stdout)) ?? [:])
  }

  @Test("criteria are normalised, CC9.9 is no criterion, the ISO27001 key maps, clauses are written")
  func criteria() throws {
    let fixture = try FrameworksFixture()
    let (result, report) = try Self.run(fixture, try Self.project())
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let unmapped = try #require(report["unmapped"] as? [String])
    #expect(unmapped.contains { $0.contains("CC9.9 is not a TSC criterion") })
    #expect(!unmapped.contains { $0.contains("CC7.3") || $0.contains("CC6.1") || $0.contains("CC6.2") })
    #expect(!unmapped.contains { $0.contains("ISO27001") })
    let text = try fixture.read("policies/AP.md")
    #expect(text.contains("A.8.16"))  // CC7.3
    #expect(text.contains("A.8.5"))  // CC6.1
    #expect(text.contains("A.5.18"))  // CC6.2
    #expect(text.contains("A.5.15"))  // ISO27001 key
    #expect(text.contains("clauses: [") && text.contains("\"5.1\""))  // CC1.1 maps to clause 5.1
    #expect(text.contains("\"6.1.3\""))  // ISO27001 clause
    #expect(
      text.contains("x-comply-satisfies: {\"TSC\": [\"CC7.3\", \"CC6.1\", \"CC6.2\", \"CC9.9\", \"CC1.1\"]"))
  }

  @Test("satisfies becomes links that SOC 2 coverage uses")
  func coverage() throws {
    let fixture = try FrameworksFixture()
    let before = try fixture.isms(["coverage", "--framework", "soc2", "--format", "json"]).stdout
    #expect(try Self.run(fixture, try Self.project()).0.status == 0)
    let after = try fixture.isms(["coverage", "--framework", "soc2", "--format", "json"]).stdout
    #expect(before != after)
    let criteria = try #require(try FrameworksFixture.json(after)["criteria"] as? [[String: Any]])
    let cc11 = try #require(criteria.first { $0["id"] as? String == "CC1.1" })
    let clauses = try #require(cc11["clauses"] as? [[String: Any]])
    #expect(clauses.contains { ($0["documents"] as? [String])?.contains("AP") == true })
  }

  @Test("revisions become history; an approving newest revision is a recorded decision commit")
  func revisions() throws {
    let fixture = try FrameworksFixture()
    let (result, report) = try Self.run(fixture, try Self.project())
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect((report["commits"] as? [String])?.count == 2)
    let text = try fixture.read("policies/AP.md")
    #expect(text.contains("version: \"2.1\""))
    #expect(text.contains("  - \"on\": 2018-06-01\n    by: ada\n    event: revised\n    to: \"1.0\""))
    #expect(text.contains("  - \"on\": 2020-02-01\n    by: ada\n    event: approved\n    to: \"2.1\""))
    #expect(text.contains("note: \"comply: Typos, approved by the CEO\""))
    #expect(text.contains("status: approved\napproved_by: ada\napproved_on: 2020-02-01"))
    let message = try Subprocess.git(["log", "-1", "--format=%B"], in: fixture.root).stdout
    #expect(message.contains("ISMS-Approval: AP"))
    #expect(message.contains("ISMS-Approved-Version: 2.1"))
    #expect(
      message.contains("ISMS-Recorded-Decision: comply revision list of policies/access.md, 2020-02-01"))
    let log = try fixture.isms(["review", "log", "AP"])
    #expect(log.stdout.contains("2.1"), "\(log.stdout)\(log.stderr)")
    let validate = try FrameworksFixture.json(try fixture.isms(["validate", "--format", "json"]).stdout)
    let errors = ((validate["diagnostics"] as? [[String: Any]]) ?? []).filter {
      ($0["severity"] as? String) == "error" && ($0["path"] as? String) == "policies/AP.md"
    }
    #expect(errors.isEmpty, "\(errors)")
  }

  @Test("{{.Name}} is filled from comply.yml; another placeholder is reported")
  func placeholders() throws {
    let fixture = try FrameworksFixture()
    let (result, report) = try Self.run(fixture, try Self.project())
    #expect(result.status == 0)
    let text = try fixture.read("policies/AP.md")
    #expect(text.contains("title: \"Acme Corp Access Policy\""))
    #expect(text.contains("# Access at Acme Corp"))
    #expect(text.contains("Acme Corp grants access on request. {{.Other}} stays."))
    #expect((report["unmapped"] as? [String])?.contains { $0.contains("{{.Other}} left as it is") } == true)
    #expect(
      (report["carried"] as? [String])?.contains { $0.contains("{{.Name}} filled with \"Acme Corp\"") }
        == true)
  }

  @Test("every file not imported is listed with its reason, standards/ among them")
  func skipped() throws {
    let fixture = try FrameworksFixture()
    let project = try Self.project()
    let text = try fixture.isms(["import", "comply", project.path, "--by", "ada", "--dry-run"])
    #expect(text.stdout.contains("Files not imported:\n  "))
    #expect(text.stdout.contains("Carried over:\n  "))
    #expect(text.stdout.contains("Left out:\n  "))
    let (result, report) = try Self.run(fixture, project)
    #expect(result.status == 0)
    let skipped = try #require(report["skipped"] as? [String])
    #expect(skipped.contains { $0.hasPrefix("standards/TSC-2017.yml: comply's definition of a standard") })
    #expect(skipped.contains { $0.hasPrefix("templates/default.latex: ") })
    #expect(skipped.contains { $0.hasPrefix("policies/README.md: a README") })
    #expect(skipped.contains { $0.hasPrefix("procedures/notes.txt: ") })
    #expect(!skipped.contains { $0.hasPrefix("comply.yml") })
  }

  @Test("two files with one acronym: the later is renamed and both are named; --rename chooses")
  func duplicates() throws {
    let second = "name: Vulnerability Management Procedure\nacronym: AP\n---\n\nScan weekly.\n"
    let fixture = try FrameworksFixture()
    let (result, report) = try Self.run(fixture, try Self.project(["procedures/vmp.md": second]))
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let renamed = try #require(report["renamed"] as? [String])
    #expect(
      renamed == [
        "procedures/vmp.md: AP → AP-2, as policies/access.md is AP too (choose with --rename procedures/vmp.md=NEW)"
      ])
    #expect(try fixture.read("procedures/AP-2.md").contains("id: AP-2"))

    let other = try FrameworksFixture()
    let (chosen, chosenReport) = try Self.run(
      other, try Self.project(["procedures/vmp.md": second]), ["--rename", "procedures/vmp.md=VMP-PROC"])
    #expect(chosen.status == 0, "\(chosen.stdout)\(chosen.stderr)")
    #expect((chosenReport["renamed"] as? [String]) == ["procedures/vmp.md: AP → VMP-PROC (--rename)"])
    #expect(try other.read("procedures/VMP-PROC.md").contains("id: VMP-PROC"))
  }

  @Test("a YAML error names the file and line, with no Swift value dump, and nothing is written")
  func yamlError() throws {
    let fixture = try FrameworksFixture()
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout
    let project = try Self.project([
      "policies/broken.md": "name: Broken\nsatisfies:\n  TSC: [CC6.1\nacronym: BR\n---\n\nText.\n",
      "policies/control.md": "name: Bro\u{1}ken\nacronym: CT\n---\n\nText.\n",
    ])
    let result = try fixture.isms(["import", "comply", project.path, "--by", "ada"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("2 problem(s); nothing was written:"), "\(result.stdout)")
    #expect(result.stdout.contains("  policies/broken.md:4: YAML syntax error: did not find expected ','"))
    #expect(
      result.stdout.contains(
        "  policies/control.md:1: YAML could not be read: control characters are not allowed (U+0001); "
          + "remove or replace the character"), "\(result.stdout)")
    #expect(!result.stdout.contains("^") && !result.stdout.contains("error: reader"))
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout == head)
  }
}
