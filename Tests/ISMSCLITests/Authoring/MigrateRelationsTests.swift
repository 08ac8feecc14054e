import Foundation
import Testing

/// `isms migrate relations` on the example ISMS written the old way: control files holding
/// `policies:`/`risks:`, one link only on the control side.
@Suite("isms migrate relations")
struct MigrateRelationsTests {
  static let today = ["--today", "2026-11-29"]

  func run(_ example: ExampleRepository, _ arguments: [String]) throws -> ProcessResult {
    try ISMSProcess.run(arguments + Self.today, in: example.url)
  }

  func edit(_ example: ExampleRepository, _ path: String, _ find: String, _ replace: String) throws {
    let url = example.url.appendingPathComponent(path)
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains(find), "\(path) lacks \(find)")
    try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
  }

  func git(_ example: ExampleRepository, _ arguments: [String]) throws -> String {
    let result = try Subprocess.git(arguments, in: example.url, environment: ExampleRepository.identity)
    #expect(result.status == 0, "git \(arguments): \(result.stderr)")
    return result.stdout
  }

  @Test("moves control-only links to the documents, removes policies/risks, keeps the SoA")
  func migrate() throws {
    let example = try ExampleRepository()
    let soa = try run(example, ["soa", "--format", "json"])
    #expect(soa.status == 0, "\(soa.stderr)")
    // The old form: both sides written, PLN-009's link to A.5.2 only on the control side.
    try edit(
      example, "controls/A.5.2.md", "owner: amoreira\n", "owner: amoreira\npolicies: [PLN-009, POL-001]\n")
    try edit(example, "controls/A.5.19.md", "owner: kvogt\n", "owner: kvogt\nrisks: [RISK-012]\n")
    try edit(
      example, "plans/roles-and-responsibilities.md", "controls: [A.5.2, A.5.3, A.5.4]",
      "controls: [A.5.3, A.5.4]")
    _ = try git(example, ["commit", "-qam", "Controls written the old way"])
    #expect(try run(example, ["soa", "--format", "json"]).stdout == soa.stdout)
    let warned = try run(example, ["validate", "--format", "json"])
    #expect(warned.stdout.contains("\"rule\" : \"L1\""), "\(warned.stdout)")
    #expect(warned.stdout.contains("plans/roles-and-responsibilities.md does not list A.5.2"))
    #expect(!warned.stdout.contains("\"rule\" : \"L2\""))

    let head = try git(example, ["rev-parse", "HEAD"])
    let dry = try run(example, ["migrate", "relations", "--dry-run"])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("Dry run: 3 file(s) would change; nothing was written."))
    #expect(dry.stdout.contains("--- a/controls/A.5.2.md\n+++ b/controls/A.5.2.md\n"))
    #expect(dry.stdout.contains("-policies: [PLN-009, POL-001]\n"))
    #expect(dry.stdout.contains("+controls: [A.5.3, A.5.4, A.5.2]\n"))
    #expect(try git(example, ["rev-parse", "HEAD"]) == head)
    #expect(try git(example, ["status", "--porcelain"]) == "")

    let done = try run(example, ["migrate", "relations", "--by", "amoreira", "--format", "json"])
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout.contains("\"cleared\" : [\n    \"controls/A.5.2.md\",\n    \"controls/A.5.19.md\""))
    #expect(
      try git(example, ["log", "-1", "--format=%an|%s"]).hasSuffix(
        "|Relations: enter each control link once\n"))
    #expect(try git(example, ["status", "--porcelain"]) == "")
    for path in ["controls/A.5.2.md", "controls/A.5.19.md"] {
      let text = try String(contentsOf: example.url.appendingPathComponent(path), encoding: .utf8)
      #expect(!text.contains("policies:") && !text.contains("risks:"), "\(path)")
    }
    #expect(try run(example, ["soa", "--format", "json"]).stdout == soa.stdout)
    let clean = try run(example, ["validate", "--format", "json"])
    #expect(!clean.stdout.contains("\"rule\" : \"L1\""))
    #expect(
      try run(example, ["migrate", "relations", "--by", "amoreira"]).stdout.contains("nothing to migrate"))
  }
}
