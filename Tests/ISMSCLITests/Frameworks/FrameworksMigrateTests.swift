import Foundation
import Testing

@Suite("isms migrate --from iso27001:2013")
struct FrameworksMigrateTests {
  /// Decided 2013 controls: id → (applicability, implementation, justification).
  static let decisions: [String: (String, String?, String)] = [
    "A.5.1.1": ("applicable", "implemented", "We set policies"),
    "A.5.1.2": ("applicable", "partial", "Reviewed yearly"),
    "A.18.2.3": ("applicable", "implemented", "Quarterly compliance scans"),
    "A.11.1.1": ("excluded", nil, "No premises of our own"),
    "A.7.2.2": ("applicable", "planned", "Awareness programme"),
  ]

  /// A 2013-era ISMS: 114 control files with 2013 ids, references to 2013 ids, framework 2013.
  static func legacyFixture() throws -> FrameworksFixture {
    let fixture = try FrameworksFixture()
    let controls = fixture.root.appendingPathComponent("controls")
    try FileManager.default.removeItem(at: controls)
    let catalog = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/catalogs/iso27001-2013-annex-a.tsv"), encoding: .utf8)
    let ids = catalog.split(separator: "\n").filter { $0.hasPrefix("A.") }.map {
      String($0.split(separator: "\t")[0])
    }
    try #require(ids.count == 114)
    for id in ids {
      var lines = ["---", "id: \(id)", "kind: control"]
      if let (applicability, implementation, justification) = decisions[id] {
        lines += ["applicability: \(applicability)", "justification: \"\(justification)\""]
        if let implementation { lines += ["implementation: \(implementation)", "owner: ada"] }
      } else {
        lines.append("applicability: undecided")
      }
      try fixture.write(
        "controls/\(id).md", (lines + ["---", "", "Notes on \(id).", ""]).joined(separator: "\n"))
    }
    try replace(in: fixture, "isms.yml", "framework: iso27001:2022", "framework: iso27001:2013")
    try replace(
      in: fixture, "policies/information-security-policy.md", "controls: [A.5.1]",
      "controls: [A.5.1.1, A.5.1.2]")
    try replace(
      in: fixture, "plans/internal-audit-programme.md", "controls: [A.5.35, A.5.36]",
      "controls: [A.18.2.1, A.18.2.3]")
    try replace(
      in: fixture, "plans/context-and-interested-parties.md", "controls: [A.5.31]", "controls: [A.18.1.1]")
    try replace(
      in: fixture, "plans/roles-and-responsibilities.md", "controls: [A.5.2, A.5.3, A.5.4]",
      "controls: [A.6.1.1, A.6.1.2]")
    try replace(in: fixture, "procedures/document-control.md", "controls: [A.5.33]", "controls: [A.18.1.3]")
    try replace(
      in: fixture, "procedures/competence-and-awareness.md", "controls: [A.6.3]", "controls:\n  - A.7.2.2")
    try fixture.commitAll("A 2013-era ISMS")
    return fixture
  }

  static func replace(in fixture: FrameworksFixture, _ path: String, _ old: String, _ new: String) throws {
    let text = try fixture.read(path)
    try #require(text.contains(old), "\(path) lacks \(old)")
    try fixture.write(path, text.replacingOccurrences(of: old, with: new))
  }

  @Test("migrates decisions, references and the framework in one commit; the result validates")
  func migrates() throws {
    let fixture = try Self.legacyFixture()
    let before = try Subprocess.git(["rev-list", "--count", "HEAD"], in: fixture.root).stdout
    let result = try fixture.isms(["migrate", "--from", "iso27001:2013", "--by", "ada", "--format", "json"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let after = try Subprocess.git(["rev-list", "--count", "HEAD"], in: fixture.root).stdout
    #expect(
      Int(after.trimmingCharacters(in: .whitespacesAndNewlines))
        == Int(before.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 + 1 })
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "")
    let report = try FrameworksFixture.json(result.stdout)
    let merges = try #require(report["controls"] as? [[String: Any]])
    #expect(merges.count == 93)
    #expect(merges.filter { $0["new"] as? Bool == true }.count == 11)
    #expect(
      merges.filter { $0["new"] as? Bool == true }.allSatisfy {
        $0["applicability"] as? String == "undecided"
      })
    #expect((report["deleted"] as? [String])?.count == 114)

    let files = try FileManager.default.contentsOfDirectory(
      atPath: fixture.root.appendingPathComponent("controls").path)
    #expect(files.count == 93)
    let a51 = try fixture.read("controls/A.5.1.md")
    #expect(a51.contains("applicability: applicable"))
    #expect(a51.contains("implementation: partial"))
    #expect(a51.contains("A.5.1.1: We set policies\\nA.5.1.2: Reviewed yearly"))
    #expect(try fixture.read("controls/A.7.1.md").contains("applicability: excluded"))
    #expect(try fixture.read("controls/A.8.8.md").contains("A.18.2.3: Quarterly compliance scans"))
    // Every 2013 decision reaches every 2022 control it maps to.
    let mapping = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates/catalogs/iso27001-2013-to-2022.tsv"), encoding: .utf8)
    for line in mapping.split(separator: "\n") where line.hasPrefix("A.") {
      let pair = line.split(separator: "\t").map(String.init)
      guard let decision = Self.decisions[pair[0]] else { continue }
      #expect(
        try fixture.read("controls/\(pair[1]).md").contains("\(pair[0]): \(decision.2)"),
        "\(pair[0]) → \(pair[1])")
    }
    #expect(try fixture.read("policies/information-security-policy.md").contains("controls: [A.5.1]\n"))
    #expect(
      try fixture.read("plans/internal-audit-programme.md").contains("controls: [A.5.35, A.5.36, A.8.8]"))
    #expect(try fixture.read("procedures/competence-and-awareness.md").contains("controls:\n  - A.6.3\n"))
    #expect(try fixture.read("isms.yml").contains("framework: iso27001:2022\n"))

    let validate = try fixture.isms(["validate", "--format", "json"])
    let json = try FrameworksFixture.json(validate.stdout)
    #expect(json["error_count"] as? Int == 0, "\(validate.stdout)")
    #expect(validate.status == 0)
  }

  @Test("refuses a dirty working tree and writes nothing")
  func refusesDirtyTree() throws {
    let fixture = try Self.legacyFixture()
    try fixture.write("notes.md", "# scratch\n")
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout
    let result = try fixture.isms(["migrate", "--from", "iso27001:2013", "--by", "ada"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("uncommitted changes"))
    #expect(result.stderr.contains("notes.md"))
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout == head)
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "?? notes.md\n")
    #expect(
      FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("controls/A.5.1.1.md").path))
  }

  @Test("a dry run reports and changes nothing")
  func dryRun() throws {
    let fixture = try Self.legacyFixture()
    let head = try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout
    let result = try fixture.isms(["migrate", "--from", "iso27001:2013", "--by", "ada", "--dry-run"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Dry run"))
    #expect(result.stdout.contains("A.5.1  applicable, partial, ada  ← A.5.1.1, A.5.1.2"))
    #expect(try Subprocess.git(["rev-parse", "HEAD"], in: fixture.root).stdout == head)
    #expect(try Subprocess.git(["status", "--porcelain"], in: fixture.root).stdout == "")
  }
}
