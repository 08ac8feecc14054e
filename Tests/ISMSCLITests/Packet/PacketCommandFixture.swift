import Foundation
import ISMSCore
import Testing

/// An ISMS made with `isms init` and committed with the `git` program on three different days,
/// the committer date set with GIT_COMMITTER_DATE, so `git` is the witness of which commit a day
/// falls on.
struct PacketCommandFixture {
  let folder: TemporaryFolder
  let url: URL
  /// Commit ids by the day they were made.
  private(set) var commits: [String: String] = [:]

  static let identity = ["-c", "user.name=Ada Owner", "-c", "user.email=ada@acme.example"]

  init() throws {
    folder = try TemporaryFolder("isms-packet")
    url = folder.url.appendingPathComponent("acme")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try Subprocess.git(["init", "-q", "-b", "main"], in: url)
    let result = try ISMSProcess.run([
      "init", url.path, "--org", "Acme", "--owner-name", "Ada Owner", "--owner-email", "ada@acme.example",
      "--today", "2026-01-10",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    try commit("Initial ISMS", day: "2026-01-10", amend: true)
    try write(
      "policies/hostile.md",
      """
      ---
      id: POL-666
      kind: policy
      title: "<script>alert('t')</script> Hostile"
      version: "1.0"
      status: draft
      owner: \(try ownerID())
      approver_role: top-management
      classification: confidential
      ---

      # Hostile

      <script>alert(1)</script>

      ![x](https://evil.example/x.png)
      """)
    try commit("Add a hostile policy", day: "2026-02-03")
    let risk = try String(contentsOf: url.appendingPathComponent("risks/RISK-001.md"), encoding: .utf8)
    let titled = risk.replacingOccurrences(
      of: #"(?m)^title: .*$"#, with: #"title: '=HYPERLINK("http://evil.example","x")'"#,
      options: .regularExpression)
    try write("risks/RISK-001.md", titled)
    try commit("Rename a risk", day: "2026-03-05")
  }

  /// The person id `isms init` gave the owner.
  func ownerID() throws -> String {
    let config = try String(contentsOf: url.appendingPathComponent("isms.yml"), encoding: .utf8)
    let line = config.split(separator: "\n").first { $0.contains("- id: ") }
    return line.map { String($0.split(separator: ":").last ?? "").trimmingCharacters(in: .whitespaces) }
      ?? "ada"
  }

  func write(_ path: String, _ text: String) throws {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
  }

  /// Commits everything at noon UTC of `day` and records the commit id.
  mutating func commit(_ message: String, day: String, amend: Bool = false) throws {
    let date = "\(day)T12:00:00Z"
    let environment = ["GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date]
    try run(["add", "-A"], environment: environment)
    try run(
      Self.identity + ["commit", "-q", "-m", message] + (amend ? ["--amend"] : []), environment: environment)
    commits[day] = try run(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @discardableResult
  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let result = try Subprocess.git(arguments, in: url, environment: environment)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
  }

  /// Runs `isms` in the ISMS folder.
  func isms(_ arguments: [String]) throws -> ProcessResult { try ISMSProcess.run(arguments, in: url) }

  /// Builds a packet into the fixture's folder and returns its path.
  func packet(_ name: String, _ arguments: [String] = ["--kind", "internal"]) throws -> URL {
    let output = folder.url.appendingPathComponent(name)
    let result = try isms(["packet"] + arguments + ["--today", "2026-06-01", "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    return output
  }

  /// A copy of `packet` named `name` whose entries and manifest `change` edited, every listing
  /// made to match its file again (size and SHA-256, blob ids left alone): a forgery only
  /// provenance can catch.
  func forged(
    _ packet: URL, _ name: String, _ change: (inout [PacketEntry], inout PacketManifest) throws -> Void
  ) throws -> URL {
    var entries = try PacketArchive.entries(of: try Data(contentsOf: packet))
    var manifest = try Self.manifest(packet)
    entries.removeAll { $0.path == "manifest.json" }
    try change(&entries, &manifest)
    let contents = Dictionary(entries.map { ($0.path, $0.contents) }, uniquingKeysWith: { $1 })
    manifest.files = manifest.files.compactMap { file in
      guard let data = contents[file.path] else { return nil }
      var fixed = file
      fixed.size = data.count
      fixed.sha256 = PacketDigest.sha256(data)
      return fixed
    }
    entries.append(PacketEntry(path: "manifest.json", contents: try manifest.jsonData()))
    let target = folder.url.appendingPathComponent(name)
    try PacketArchive.zip(entries, modified: PacketTimestamp(unixTime: 0)).write(to: target)
    return target
  }

  /// The manifest inside a packet.
  static func manifest(_ packet: URL) throws -> PacketManifest {
    let entries = try PacketArchive.entries(of: try Data(contentsOf: packet))
    let data = try #require(entries.first { $0.path == "manifest.json" }?.contents)
    return try PacketManifest(jsonData: data)
  }
}
