import Foundation
import Testing

@Suite("Hardening: what isms writes and prints")
struct HardeningOutputTests {
  /// Sets the decision of Annex A control `id` to excluded with `justification` (a YAML scalar).
  func decide(_ repository: HostileRepository, _ id: String, justification: String) throws {
    try repository.fixture.replace(
      "applicability: undecided\n", with: "applicability: excluded\njustification: \(justification)\n",
      in: "controls/\(id).md")
  }

  @Test("soa --format csv neutralises formulas and keeps CRLF inside one quoted field")
  func csvInjection() throws {
    let repository = try HostileRepository()
    try decide(repository, "A.5.1", justification: "\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\"")
    try decide(repository, "A.5.2", justification: "\"harmless\\r\\n=cmd|' /C calc'!A0\"")
    try decide(repository, "A.5.3", justification: "\"@SUM(1+1)\"")
    try decide(repository, "A.5.4", justification: "\"+1\"")
    let result = try repository.isms(["soa", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Array(result.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "no byte-order mark for Excel")
    let records = CSVRecords.parse(result.stdout)
    #expect(records.count == 94, "the CSV has \(records.count) records, not a header and 93 controls")
    for record in records {
      for field in record { #expect(!["=", "+", "-", "@"].contains(field.first), "formula cell: \(field)") }
    }
    let justification = Dictionary(uniqueKeysWithValues: records.dropFirst().map { ($0[0], $0[4]) })
    #expect(justification["A.5.1"]?.hasPrefix("'=HYPERLINK") == true)
    #expect(justification["A.5.2"] == "harmless\r\n=cmd|' /C calc'!A0")
    #expect(justification["A.5.3"] == "'@SUM(1+1)")
  }

  @Test("soa as Markdown escapes HTML and cannot be broken out of its table")
  func markdownTable() throws {
    let repository = try HostileRepository()
    try decide(
      repository, "A.5.1", justification: "\"<script>alert(1)</script> | injected\\r\\n| A.9.9 | forged |\"")
    let result = try repository.isms(["soa"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("<script>"))
    #expect(result.stdout.contains("&lt;script&gt;"))
    #expect(!result.stdout.contains("\n| A.9.9"))
    #expect(!result.stdout.contains("\r"))
  }

  @Test("control characters in names and values cannot forge report lines or CI commands")
  func controlCharacters() throws {
    let repository = try HostileRepository()
    try repository.commit(
      Data("---\nid: POL-900\nkind: \"x\\n::error file=isms.yml::forged\\u001b[2J\"\n---\n".utf8),
      at: "policies/forge.md")
    try repository.commit(Data("---\nid: POL-901\nkind: nope\n---\n".utf8), at: "policies/new\nline.md")
    for format in ["text", "github"] {
      let result = try repository.isms(["validate", "--format", format])
      #expect(result.status == 1)
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(
        !lines.contains { $0.hasPrefix("::error file=isms.yml::forged") }, "\(format): \(result.stdout)")
      #expect(!lines.contains { $0.hasPrefix("line.md") }, "\(format): \(result.stdout)")
      #expect(!result.stdout.contains("\u{1b}"), "\(format) prints a terminal escape")
    }
  }

  @Test("reports show control characters from titles as text: no escape, no forged line")
  func reportsShowControlCharacters() throws {
    let repository = try HostileRepository()
    let fixture = repository.fixture
    try fixture.git(["checkout", "-q", "-b", "retitle"])
    // A double-quoted YAML title may hold any character through escapes: here an escape sequence,
    // its one-character C1 form (CSI, U+009B), and a CRLF and a bare LF each followed by what
    // would read as a line of its own.
    try fixture.replace(
      "title: Information Security Policy",
      with: #"title: "Policy \e[2J\x9b2J\r\n::error file=isms.yml::forged\n::error file=isms.yml::again""#,
      in: ReviewFixture.policy)
    try fixture.git(ReviewFixture.ada + ["commit", "-qam", "Retitle the policy"])
    let commands = [
      ["status"], ["soa"], ["review", "due", "--within", "800"], ["review", "log", "POL-001"],
      ["review", "pr", "--base", "main"], ["review", "pr", "--base", "main", "--format", "github"],
    ]
    for arguments in commands {
      let result = try repository.isms(arguments + ["--today", "2026-11-29"])
      let shown = "isms \(arguments.joined(separator: " ")): \(result.stdout)"
      #expect(!result.stdout.contains("\u{1b}") && !result.stdout.contains("\u{9b}"), "\(shown)")
      #expect(!result.stdout.unicodeScalars.contains("\r"), "\(shown)")
      let lines = result.stdout.split(separator: "\n")
      #expect(!lines.contains { $0.hasPrefix("::error file=isms.yml::") }, "\(shown)")
    }
    let log = try repository.isms(["review", "log", "POL-001", "--today", "2026-11-29"])
    #expect(
      log.stdout.contains(#"Policy \u{1b}[2J\u{9b}2J\u{d}\u{a}::error file=isms.yml::forged\u{a}::error"#),
      "\(log.stdout)")
  }

  /// The permission bits of a file.
  func mode(_ url: URL) throws -> Int {
    try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
  }

  @Test("export oscal is 0600 when any document is confidential, and replaces looser files")
  func exportPermissions() throws {
    let repository = try HostileRepository()
    let output = repository.fixture.folder.url.appendingPathComponent("oscal")
    let plain = try repository.isms(["export", "oscal", "--output", output.path])
    #expect(plain.status == 0, "\(plain.stderr)")
    let files = try FileManager.default.contentsOfDirectory(at: output, includingPropertiesForKeys: nil)
    #expect(files.count == 2)
    for file in files { #expect(try mode(file) & 0o044 != 0, "non-confidential export follows the umask") }

    try repository.fixture.replace(
      "classification: internal", with: "classification: confidential",
      in: "policies/information-security-policy.md")
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qam", "Confidential"])
    let confidential = try repository.isms(["export", "oscal", "--output", output.path])
    #expect(confidential.status == 0, "\(confidential.stderr)")
    for file in files { #expect(try mode(file) == 0o600, "\(file.lastPathComponent) is readable by others") }
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path)
    #expect(leftovers.count == 2, "temporary files left: \(leftovers)")
  }

  @Test("export oscal does not write through a symbolic link")
  func exportThroughLink() throws {
    let repository = try HostileRepository()
    let output = repository.fixture.folder.url.appendingPathComponent("oscal")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let victim = repository.fixture.folder.url.appendingPathComponent("victim.txt")
    try Data("keep".utf8).write(to: victim)
    let files = try FileManager.default.contentsOfDirectory(
      at: try exportedNames(repository), includingPropertiesForKeys: nil)
    for file in files {
      try FileManager.default.createSymbolicLink(
        at: output.appendingPathComponent(file.lastPathComponent), withDestinationURL: victim)
    }
    let result = try repository.isms(["export", "oscal", "--output", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
  }

  /// Exports once into a scratch folder to learn the file names.
  func exportedNames(_ repository: HostileRepository) throws -> URL {
    let scratch = repository.fixture.folder.url.appendingPathComponent("names")
    _ = try repository.isms(["export", "oscal", "--output", scratch.path])
    return scratch
  }

  @Test("review codeowners stays world-readable: it holds no confidential content")
  func codeownersPermissions() throws {
    let repository = try HostileRepository()
    try repository.fixture.replace(
      "classification: internal", with: "classification: confidential",
      in: "policies/information-security-policy.md")
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qam", "Confidential"])
    let result = try Watchdog.isms(["review", "codeowners"], in: repository.url)
    #expect(result.status == 0, "\(result.stderr)")
    let file = repository.url.appendingPathComponent(".github/CODEOWNERS")
    #expect(try mode(file) & 0o444 == 0o444)
  }
}

/// A small RFC 4180 reader for checking CSV output.
enum CSVRecords {
  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append(scalars.removeFirst())
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else if scalar == "\"" {
        quoted = true
      } else if scalar == "," {
        record.append(field)
        field = ""
      } else if scalar == "\r", scalars.first == "\n" {
        scalars.removeFirst()
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else if scalar != "\n" || !field.isEmpty || !record.isEmpty {
        field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records
  }
}
