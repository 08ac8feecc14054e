import Foundation
import Testing

/// A fresh ISMS made with `isms init` (owner Ada, top-management and ciso) plus Marta
/// (top-management) and Dirk (ciso), committed with the `git` program as Ada.
struct ReviewFixture {
  let folder: TemporaryFolder
  let url: URL
  static let policy = "policies/information-security-policy.md"
  static let ada = ["-c", "user.name=Ada Owner", "-c", "user.email=ada@acme.example"]
  static let dirk = ["-c", "user.name=Dirk Koch", "-c", "user.email=dirk@acme.example"]

  init(subfolder: String? = nil) throws {
    folder = try TemporaryFolder("isms-review")
    let top = folder.url.appendingPathComponent("acme")
    try FileManager.default.createDirectory(at: top, withIntermediateDirectories: true)
    try Subprocess.git(["init", "-q", "-b", "main"], in: top)
    url = subfolder.map { top.appendingPathComponent($0) } ?? top
    let result = try ISMSProcess.run(
      [
        "init", url.path, "--org", "Acme", "--owner-name", "Ada Owner", "--owner-email", "ada@acme.example",
        "--today", "2026-01-10",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    let config = url.appendingPathComponent("isms.yml")
    var text = try String(contentsOf: config, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "    roles: [top-management, ciso]\n",
      with: """
            roles: [top-management, ciso]
            forge: ada-gh
          - id: mweber
            name: "Marta Weber"
            email: "marta@acme.example"
            roles: [top-management]
            forge: mweber
          - id: dkoch
            name: "Dirk Koch"
            email: "dirk@acme.example"
            roles: [ciso]

        """)
    try text.write(to: config, atomically: true, encoding: .utf8)
    try git(Self.ada + ["commit", "-qam", "Add people"])
  }

  /// Runs `git` in the ISMS folder and expects success.
  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let result = try Subprocess.git(arguments, in: url)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
  }

  /// The names and e-mail addresses of the people of the fixture, by id.
  static let people = [
    "ada": ("Ada Owner", "ada@acme.example"), "mweber": ("Marta Weber", "marta@acme.example"),
    "dkoch": ("Dirk Koch", "dirk@acme.example"),
  ]

  /// Runs `isms` in the ISMS folder, as the test runner or, with `runner`, as that person of the ISMS.
  func isms(_ arguments: [String], as runner: String? = nil) throws -> ProcessResult {
    let environment = runner.flatMap { Self.people[$0] }.map { TestHome.environment(name: $0.0, email: $0.1) }
    return try ISMSProcess.run(arguments, in: url, environment: environment ?? [:])
  }

  /// Appends `text` to a file of the ISMS.
  func append(_ text: String, to path: String) throws {
    let file = url.appendingPathComponent(path)
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Replaces text in a file of the ISMS.
  func replace(_ old: String, with new: String, in path: String) throws {
    let file = url.appendingPathComponent(path)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
  }

  /// The commit HEAD points at.
  func head() throws -> String { try git(["rev-parse", "HEAD"]) }

  /// Approves the policy as Marta, run by Marta, and expects success.
  func approvePolicy(today: String = "2026-01-12") throws {
    let result = try isms(["review", "approve", "POL-001", "--by", "mweber", "--today", today], as: "mweber")
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// Parses JSON output.
  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
