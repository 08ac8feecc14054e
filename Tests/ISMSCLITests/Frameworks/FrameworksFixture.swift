import Foundation
import Testing

/// A fresh ISMS made by `isms init`, to edit and commit in tests.
struct FrameworksFixture {
  let folder: TemporaryFolder
  let root: URL

  init() throws {
    folder = try TemporaryFolder("isms-frameworks")
    root = folder.url.appendingPathComponent("acme")
    let result = try ISMSProcess.run(
      [
        "init", root.path, "--org", "Acme GmbH", "--owner-name", "Ada Lovelace", "--owner-email",
        "ada@acme.example",
        "--today", "2026-01-15",
      ])
    try #require(result.status == 0, "\(result.stderr)")
  }

  /// Writes `text` at `path` under the root.
  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// The text at `path` under the root.
  func read(_ path: String) throws -> String {
    String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
  }

  /// Commits everything with the git program.
  func commitAll(_ message: String) throws {
    try Subprocess.git(["add", "-A"], in: root)
    let result = try Subprocess.git(["commit", "-q", "-m", message], in: root)
    try #require(result.status == 0, "\(result.stderr)")
  }

  /// Runs `isms` in the root with today fixed.
  func isms(_ arguments: [String]) throws -> ProcessResult {
    try ISMSProcess.run(arguments + ["--today", "2026-01-15"], in: root)
  }

  /// Sets one control's decision.
  func decide(_ id: String, _ applicability: String, implementation: String? = nil) throws {
    var lines = [
      "---", "id: \(id)", "kind: control", "applicability: \(applicability)", "justification: \"Test \(id)\"",
    ]
    if let implementation { lines += ["implementation: \(implementation)", "owner: ada"] }
    try write("controls/\(id).md", (lines + ["---", "", "# \(id)", ""]).joined(separator: "\n"))
  }

  /// Parses JSON output.
  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}
