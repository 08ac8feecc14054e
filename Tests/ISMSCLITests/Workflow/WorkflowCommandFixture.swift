import Foundation
import Testing

/// A fresh ISMS made with `isms init`, with the people of a certification story added and two
/// controls decided (committed with the `git` program), driven through the workflow commands.
final class WorkflowCommandFixture {
  let folder: TemporaryFolder
  let url: URL
  /// Commits made by `ok` and by the fixture's own `git commit`s, in order.
  private(set) var commits = 0

  init() throws {
    folder = try TemporaryFolder("isms-workflow")
    url = folder.url.appendingPathComponent("acme")
    let result = try ISMSProcess.run(
      [
        "init", url.path, "--org", "Acme", "--owner-name", "Ada Owner", "--owner-email", "ada@acme.example",
        "--today", "2026-01-10",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    try replace(
      "    roles: [top-management, ciso]\n",
      with: """
            roles: [top-management, ciso]
          - id: mweber
            name: "Marta Weber"
            email: "marta@acme.example"
            roles: [top-management]
            areas: [management]
          - id: amoreira
            name: "Ana Moreira"
            email: "ana@acme.example"
            roles: [isms-manager]
            areas: [isms]
          - id: kfischer
            name: "Karl Fischer"
            email: "karl@acme.example"
            roles: [internal-auditor]
          - id: lwagner
            name: "Lena Wagner"
            email: "lena@acme.example"
            roles: [process-owner, risk-owner]
            areas: [engineering]

        """, in: "isms.yml")
    for control in ["A.5.18", "A.8.8"] {
      try replace(
        "applicability: undecided\n",
        with: """
          applicability: applicable
          justification: "Access and vulnerabilities are top risks of the platform"
          implementation: implemented
          owner: lwagner

          """, in: "controls/\(control).md")
    }
    try gitCommit("Add people and decide two controls", as: "Ada Owner", "ada@acme.example")
  }

  /// Replaces text in a file of the ISMS.
  func replace(_ old: String, with new: String, in path: String) throws {
    let file = url.appendingPathComponent(path)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old), "\(path) lacks \(old)")
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
  }

  /// Commits every change with the `git` program as `name`.
  func gitCommit(_ message: String, as name: String, _ email: String) throws {
    try git(["-c", "user.name=\(name)", "-c", "user.email=\(email)", "commit", "-qam", message])
    commits += 1
  }

  /// Runs `git` and returns its output, expecting success.
  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let result = try Subprocess.git(arguments, in: url)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
  }

  /// The names and e-mail addresses of the people of the fixture, by id.
  static let people = [
    "ada": ("Ada Owner", "ada@acme.example"), "mweber": ("Marta Weber", "marta@acme.example"),
    "amoreira": ("Ana Moreira", "ana@acme.example"), "kfischer": ("Karl Fischer", "karl@acme.example"),
    "lwagner": ("Lena Wagner", "lena@acme.example"),
  ]

  /// Runs `isms … --today DAY`, run by the `--by` person when the arguments name one (each person
  /// records their own decisions), else by the test runner.
  func isms(_ arguments: [String], today: String) throws -> ProcessResult {
    let by = arguments.firstIndex(of: "--by").flatMap {
      arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil
    }
    let environment = by.flatMap { Self.people[$0] }.map { TestHome.environment(name: $0.0, email: $0.1) }
    return try ISMSProcess.run(arguments + ["--today", today], in: url, environment: environment ?? [:])
  }

  /// Runs a writing command that must succeed with one commit, then checks the ISMS validates.
  @discardableResult
  func ok(_ arguments: [String], today: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> ProcessResult
  {
    let before = try git(["rev-parse", "HEAD"])
    let result = try isms(arguments, today: today)
    #expect(result.status == 0, "isms \(arguments): \(result.stderr)", sourceLocation: sourceLocation)
    #expect(
      try git(["rev-parse", "HEAD~1"]) == before, "one commit per step", sourceLocation: sourceLocation)
    #expect(try git(["status", "--porcelain"]) == "", sourceLocation: sourceLocation)
    commits += 1
    try expectValid(today: today, sourceLocation: sourceLocation)
    return result
  }

  /// Runs a writing command that must be refused under `rule`, with nothing written.
  func refused(
    _ arguments: [String], today: String, rule: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try git(["rev-parse", "HEAD"])
    let result = try isms(arguments, today: today)
    #expect(result.status == 1, "isms \(arguments) should be refused", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("refused (\(rule))"), "\(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("nothing was written"), sourceLocation: sourceLocation)
    #expect(
      !result.stderr.contains("\n") || result.stderr.split(separator: "\n").count == 1,
      sourceLocation: sourceLocation)
    #expect(try git(["rev-parse", "HEAD"]) == before, "HEAD unchanged", sourceLocation: sourceLocation)
    #expect(try git(["status", "--porcelain"]) == "", "nothing written", sourceLocation: sourceLocation)
  }

  /// `isms validate` reports no error.
  func expectValid(today: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let result = try isms(["validate", "--format", "json"], today: today)
    let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(report?["error_count"] as? Int == 0, "\(result.stdout)", sourceLocation: sourceLocation)
  }

  /// Parses the JSON output of a reading command.
  func json(_ arguments: [String], today: String) throws -> [String: Any] {
    let result = try isms(arguments + ["--format", "json"], today: today)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
  }
}
