import Foundation
import Testing

/// The exact text and JSON the main commands print for the example ISMS, kept in
/// `Snapshots/` and reviewed like code: a change of output shows in the diff of a pull request.
/// `RECORD_SNAPSHOTS=1 swift test --filter GoldenOutputTests` writes them anew.
@Suite("golden outputs of the example ISMS")
struct GoldenOutputTests {
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  static let today = ["--today", "2026-11-29"]

  @Test(
    "validate, status and review due print what the snapshots hold",
    arguments: [
      ("validate", ["validate"]), ("validate", ["validate", "--format", "json"]),
      ("status", ["status"]), ("status", ["status", "--format", "json"]),
      ("review-due", ["review", "due"]), ("review-due", ["review", "due", "--format", "json"]),
    ])
  func workingTree(name: String, arguments: [String]) throws {
    let example = try ExampleRepository()
    let result = try ISMSProcess.run(arguments + Self.today, in: example.url)
    #expect(result.status == 0, "\(result.stderr)")
    try Self.compare(result.stdout, name: name, json: arguments.contains("json"), example: example)
  }

  @Test("review pr of a policy change prints what the snapshots hold")
  func pullRequest() throws {
    let example = try ExampleRepository()
    try example.changePolicy()
    for format in ["markdown", "json"] {
      let result = try ISMSProcess.run(
        ["review", "pr", "--base", "main", "--head", "change", "--format", format] + Self.today,
        in: example.url)
      #expect(result.status <= 1, "\(result.stderr)")
      try Self.compare(result.stdout, name: "review-pr", json: format == "json", example: example)
    }
  }

  @Test("the stage 2 packet's manifest holds what the snapshot holds")
  func packetManifest() throws {
    let example = try ExampleRepository()
    let zip = example.folder.url.appendingPathComponent("packet.zip")
    let result = try ISMSProcess.run(
      ["packet", "--kind", "stage2", "-o", zip.path] + Self.today, in: example.url)
    #expect(result.status == 0, "\(result.stderr)")
    let manifest = try Subprocess.run(
      URL(fileURLWithPath: "/usr/bin/python3"),
      [
        "-c",
        "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('manifest.json').decode())",
        zip.path,
      ])
    #expect(manifest.status == 0, "\(manifest.stderr)")
    try Self.compare(manifest.stdout, name: "packet-manifest", json: true, example: example)
    // The manifest pins every file; the digest of the zip pins its layout too (order, headers,
    // compression), which the streaming writer must keep byte for byte.
    let digest = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), [zip.path])
    #expect(digest.status == 0, "\(digest.stderr)")
    try Self.compare(
      String(digest.stdout.prefix(64)) + "\n", name: "packet-zip-sha256", json: false, example: example)
  }

  /// Compares `output` with its snapshot (or records it), with the temporary folder's path
  /// written as `<repo>` so the files do not depend on where the test ran.
  static func compare(_ output: String, name: String, json: Bool, example: ExampleRepository) throws {
    let text = output.replacingOccurrences(of: example.url.path, with: "<repo>")
    let file = snapshots.appendingPathComponent("\(name).\(json ? "json" : "txt")")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
      text == expected,
      "\(file.lastPathComponent) differs; if the change is intended, re-record with RECORD_SNAPSHOTS=1")
  }
}

/// The example ISMS committed as a fresh repository with a fixed identity and date, so that
/// commit ids, and everything that prints them, are the same on every run.
struct ExampleRepository {
  let folder: TemporaryFolder
  let url: URL
  static let identity = [
    "GIT_AUTHOR_NAME": "Marta Weber", "GIT_AUTHOR_EMAIL": "marta.weber@nordlicht.example",
    "GIT_COMMITTER_NAME": "Marta Weber", "GIT_COMMITTER_EMAIL": "marta.weber@nordlicht.example",
    "GIT_AUTHOR_DATE": "2026-11-20T10:00:00+00:00", "GIT_COMMITTER_DATE": "2026-11-20T10:00:00+00:00",
  ]

  init() throws {
    folder = try TemporaryFolder("isms-golden")
    url = folder.url.appendingPathComponent("nordlicht")
    let source = ExampleISMSTests.repositoryRoot.appendingPathComponent("isms-repo-example")
    try FileManager.default.copyItem(at: source, to: url)
    try git(["init", "-q", "-b", "main"])
    try git(["add", "-A"])
    try git(["commit", "-q", "-m", "The example ISMS"])
  }

  /// Commits a minor change of the information security policy on a branch `change`.
  func changePolicy() throws {
    try git(["checkout", "-q", "-b", "change"])
    let path = url.appendingPathComponent("policies/information-security-policy.md")
    var text = try String(contentsOf: path, encoding: .utf8)
    text += "\nA sentence added in review.\n"
    try text.write(to: path, atomically: true, encoding: .utf8)
    try git(["commit", "-q", "-am", "Clarify the policy"])
  }

  private func git(_ arguments: [String]) throws {
    let result = try Subprocess.git(arguments, in: url, environment: Self.identity)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
  }
}
