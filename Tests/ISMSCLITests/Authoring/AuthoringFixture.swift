import Foundation
import Testing

/// A fresh ISMS made with `isms init` in a temporary folder: Ada (id `ada`, top-management and
/// ciso) is its only person; every command runs on 2026-01-10 unless told otherwise.
struct AuthoringFixture {
  static let today = "2026-01-10"
  let folder: TemporaryFolder
  let url: URL

  init() throws {
    folder = try TemporaryFolder("isms-authoring")
    url = folder.url.appendingPathComponent("acme")
    let result = try ISMSProcess.run([
      "init", url.path, "--org", "Acme", "--owner-name", "Ada Owner", "--owner-email", "ada@acme.example",
      "--today", Self.today,
    ])
    #expect(result.status == 0, "\(result.stderr)")
  }

  /// Runs `isms` in the ISMS folder on the fixture's day.
  func isms(_ arguments: [String], today: String = AuthoringFixture.today) throws -> ProcessResult {
    try ISMSProcess.run(arguments + ["--today", today], in: url)
  }

  /// Runs `isms` and expects exit 0.
  @discardableResult
  func ok(_ arguments: [String], today: String = AuthoringFixture.today) throws -> ProcessResult {
    let result = try isms(arguments, today: today)
    #expect(result.status == 0, "isms \(arguments.joined(separator: " ")): \(result.stderr)\(result.stdout)")
    return result
  }

  /// Runs `isms`, expects `status` and that nothing was committed or left in the working tree.
  @discardableResult
  func refused(_ arguments: [String], status: Int32 = 1, saying text: String) throws -> ProcessResult {
    let before = try head()
    let result = try isms(arguments)
    #expect(result.status == status, "isms \(arguments.joined(separator: " ")): \(result.stdout)")
    #expect(text.isEmpty || result.stderr.contains(text), "\(result.stderr)")
    #expect(try head() == before)
    #expect(try git(["status", "--porcelain"]) == "")
    return result
  }

  /// Runs `git` in the ISMS folder and returns its output.
  @discardableResult
  func git(_ arguments: [String]) throws -> String {
    let result = try Subprocess.git(arguments, in: url)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
  }

  func head() throws -> String { try git(["rev-parse", "HEAD"]) }

  /// A file of the ISMS.
  func read(_ path: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
  }

  func write(_ text: String, to path: String) throws {
    try text.write(to: url.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  /// `isms validate --format json` on the fixture's day, as an object.
  func validation() throws -> [String: Any] {
    let result = try isms(["validate", "--format", "json"])
    return try Self.json(result.stdout)
  }

  /// The error diagnostics of `validation()`.
  func errors() throws -> [[String: Any]] {
    let diagnostics = try validation()["diagnostics"] as? [[String: Any]] ?? []
    return diagnostics.filter { $0["severity"] as? String == "error" }
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
