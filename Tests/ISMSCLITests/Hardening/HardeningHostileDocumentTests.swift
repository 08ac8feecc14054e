import Foundation
import Testing

/// One hostile document and what `isms` must say about it.
struct HostileDocument: CustomTestStringConvertible, Sendable {
  let name: String
  let bytes: Data
  /// Text the diagnostic must contain.
  let fragment: String
  /// The file line the diagnostic must name, when there is one.
  let line: Int?

  var testDescription: String { name }

  static let path = "policies/hostile.md"

  static func text(_ name: String, _ text: String, _ fragment: String, line: Int?) -> HostileDocument {
    HostileDocument(name: name, bytes: Data(text.utf8), fragment: fragment, line: line)
  }

  static let all: [HostileDocument] = [
    text("malformed YAML", "---\nid: POL-900\nkind: [policy\n---\n", "YAML syntax error", line: 4),
    text("truncated YAML", "---\nid: POL-900\ntitle: \"unterminated\n---\n", "YAML syntax error", line: 3),
    text("front-matter never closed", "---\nid: POL-900\nkind: policy\n# Body\n", "never closed", line: 1),
    text("duplicate keys", "---\nid: POL-900\nkind: policy\nid: POL-901\n---\n", "appears twice", line: 4),
    text(
      "billion laughs",
      "---\nid: POL-900\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n", "anchors, aliases", line: 3),
    text("merge key", "---\nid: POL-900\n<<: {kind: policy}\n---\n", "anchors, aliases", line: 3),
    text("explicit tag", "---\nid: POL-900\nkind: !!python/object:os.system policy\n---\n", "tags", line: 3),
    text(
      "deep flow nesting",
      "---\nid: POL-900\nx: " + String(repeating: "[", count: 40) + "1"
        + String(repeating: "]", count: 40) + "\n---\n", "nested more than 32", line: 3),
    text(
      "deep block nesting",
      "---\nid: POL-900\n"
        + (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n")
        + " x\n---\n", "nested more than 32", line: 35),
    text(
      "too many values", "---\nid: POL-900\nx: [" + String(repeating: "1,", count: 10_050) + "1]\n---\n",
      "more than 10000 values", line: 3),
    text(
      "huge field", "---\nid: POL-900\ntitle: " + String(repeating: "x", count: 70_000) + "\n---\n",
      "more than the limit of 65536", line: 2),
    HostileDocument(
      name: "huge file", bytes: Data("---\nid: POL-900\n---\n".utf8) + Data(repeating: 0x61, count: 2 << 20),
      fragment: "more than the limit of 1048576 bytes", line: nil),
    HostileDocument(
      name: "binary", bytes: Data("---\nid: POL-900\n---\nPK".utf8) + Data([0, 0, 3, 4, 0xff]),
      fragment: "NUL bytes", line: 4),
    HostileDocument(
      name: "invalid UTF-8",
      bytes: Data("---\nid: POL-900\ntitle: caf".utf8) + Data([0xe9, 0x0a]) + Data("---\n".utf8),
      fragment: "not valid UTF-8", line: 3),
    text("not a mapping", "---\n- id: POL-900\n---\n", "must be a mapping", line: 2),
  ]
}

@Suite("Hardening: hostile documents through the binary")
struct HardeningHostileDocumentTests {
  @Test(
    "validate, validate --rev and review record refuse it, naming file and line",
    arguments: HostileDocument.all)
  func hostile(_ document: HostileDocument) throws {
    let repository = try HostileRepository()
    try repository.commit(document.bytes, at: HostileDocument.path)
    let location = HostileDocument.path + (document.line.map { ":\($0)" } ?? "")
    for arguments in [["validate"], ["validate", "--rev", "HEAD"], ["validate", "--format", "github"]] {
      let result = try repository.isms(arguments)
      #expect(result.status == 1, "\(arguments): \(result.stdout)\(result.stderr)")
      let output = result.stdout
      let named =
        arguments.contains("github")
        ? output.contains("file=\(HostileDocument.path)") : output.contains("\(location): error:")
      #expect(named, "\(arguments) does not name \(location):\n\(output.prefix(2000))")
      #expect(output.contains(document.fragment), "\(arguments):\n\(output.prefix(2000))")
      #expect(output.utf8.count < 20_000, "the report repeats the hostile content")
    }
    let record = try repository.isms([
      "review", "record", HostileDocument.path, "--by", "ada", "--today", "2026-03-01",
    ])
    #expect(record.status == 1)
    #expect(record.stderr.contains(location), "\(record.stderr)")
    #expect(record.stderr.contains(document.fragment), "\(record.stderr)")
    #expect(record.stderr.contains("nothing was written"))
  }

  @Test("a hostile document elsewhere does not stop or disturb a review of a sound one")
  func writeBesideHostile() throws {
    let repository = try HostileRepository()
    for (index, document) in HostileDocument.all.enumerated() {
      try repository.plant(document.bytes, at: "policies/hostile-\(index).md")
    }
    try repository.fixture.git(["add", "policies"])
    try repository.fixture.git(ReviewFixture.ada + ["commit", "-qm", "Hostile documents"])
    let before = try GitState(of: repository.url)
    let result = try Watchdog.isms(
      ["review", "record", "RISK-001", "--by", "ada", "--today", "2026-03-01"], in: repository.url)
    #expect(result.status == 0, "\(result.stderr)")
    let after = try GitState(of: repository.url)
    #expect(after.head != before.head)
    #expect(after.status == before.status)
    let changed = try repository.fixture.git(["diff", "--name-only", "HEAD~1", "HEAD"])
    #expect(changed == "risks/RISK-001.md\n")
  }

  @Test("a byte-order mark and CRLF line ends simply work, and survive a write")
  func bomAndCRLF() throws {
    let repository = try HostileRepository()
    let risk = repository.url.appendingPathComponent("risks/RISK-001.md")
    let text = try String(contentsOf: risk, encoding: .utf8)
    let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    try repository.commit(crlf, at: "risks/RISK-001.md", message: "Windows editor")
    let clean = try Watchdog.isms(["validate"], in: repository.url)
    let plain = try HostileRepository()
    let reference = try Watchdog.isms(["validate"], in: plain.url)
    #expect(clean.status == reference.status, "\(clean.stdout)")
    #expect(!clean.stdout.contains("RISK-001.md"), "\(clean.stdout)")
    let record = try Watchdog.isms(
      ["review", "record", "RISK-001", "--by", "ada", "--today", "2026-03-01"], in: repository.url)
    #expect(record.status == 0, "\(record.stderr)")
    let written = try Data(contentsOf: risk)
    #expect(written.starts(with: [0xEF, 0xBB, 0xBF]))
    let lines = String(decoding: written, as: UTF8.self)
    #expect(lines.contains("next_review: 2027-03-01\r\n"))
    #expect(!lines.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  @Test("dates that do not exist are errors naming the line, and block writes")
  func impossibleDates() throws {
    let repository = try HostileRepository()
    let text = try String(
      contentsOf: repository.url.appendingPathComponent("risks/RISK-001.md"), encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    lines = lines.map { $0.hasPrefix("id: ") ? "id: RISK-900" : $0 }
    let acceptedLine = try #require(lines.firstIndex { $0.hasPrefix("accepted_on:") })
    lines[acceptedLine] = "accepted_on: 2026-02-29"
    let nextLine = try #require(lines.firstIndex { $0.hasPrefix("next_review:") })
    lines[nextLine] = "next_review: 2027-02-30"
    try repository.commit(Data(lines.joined(separator: "\n").utf8), at: "risks/RISK-900.md")
    let result = try repository.isms(["validate"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("risks/RISK-900.md:\(acceptedLine + 1): error:"), "\(result.stdout)")
    #expect(result.stdout.contains("risks/RISK-900.md:\(nextLine + 1): error:"), "\(result.stdout)")
    #expect(result.stdout.contains("does not exist"))
    let record = try repository.isms(["review", "record", "RISK-900", "--by", "ada", "--today", "2026-03-01"])
    #expect(record.status == 1, "\(record.stderr)")
    #expect(record.stderr.contains("risks/RISK-900.md:\(acceptedLine + 1)"), "\(record.stderr)")
  }

  @Test("file names that differ only in case are reported")
  func caseCollision() throws {
    let repository = try HostileRepository()
    let risk = try Data(contentsOf: repository.url.appendingPathComponent("risks/RISK-001.md"))
    let other = Data(
      String(decoding: risk, as: UTF8.self).replacingOccurrences(of: "id: RISK-001", with: "id: RISK-002")
        .utf8)
    try repository.commit(other, at: "risks/risk-001.md")
    let result = try repository.isms(["validate"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("risks/risk-001.md"), "\(result.stdout)")
    #expect(result.stdout.contains("differ only in case"), "\(result.stdout)")
    let same = try HostileRepository()
    try same.commit(risk, at: "risks/Risk-001.md")
    let duplicate = try same.isms(["validate"])
    #expect(duplicate.status == 1)
    #expect(duplicate.stdout.contains("risks/Risk-001.md"), "\(duplicate.stdout)")
  }
}
