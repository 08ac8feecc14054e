import Foundation
import Testing

@testable import ISMSCore

@Suite("Flat front-matter is read without libyaml exactly as Yams reads it")
struct FlatYAMLTests {
  /// What Yams makes of `yaml`; `nil` for an error.
  func yams(_ yaml: String) -> YAMLNode? {
    try? YAMLReader.parseWithYams(yaml, firstLine: 2)
  }

  /// A deterministic generator of front-matter that is flat, nearly flat, or tricky.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let keys = [
    "id", "kind", "title", "owner", "next_review", "_x", "a1", "Key", "dash-key", "1st", "id",
  ]
  static let separators = [": ", ": ", ": ", ":  ", ":", ":\t", " : "]
  static let values = [
    "POL-001", "2026-11-29", "3.8", "Cryptography policy", "a  b", "it's", "x\"y", "R&D team", "a, b [c] {d}",
    "\"quoted\"", "'single'", "\"with \\\"escape\\\"\"", "\"a # b\"", "'it''s'", "\"\"", "''", "\"open",
    "'open",
    "a: b", "a:b", "trailing:", "a #comment", "a#b", "#comment", "- item", "-5", "~", "null", "true",
    "&anchor",
    "*alias", "!tag x", "|", ">", "@at", "`tick", "%pct", "?q", "{a: b}", "[]", "[ ]", "[a, b]", "[a,b]",
    "[ a , b ]", "[a, ]", "[,a]", "[a,,b]", "[\"6.3\", 'x', y]", "[a b, c]", "[[a]]", "[a]x", "[a, \"b\" c]",
    "[a: b]", "[a #c]", "[\"x,y\"]", "Ünïcödé", "\u{00A0}nbsp", "a\u{0085}b", "a\u{2028}b", "\u{FEFF}bom",
    "a\u{FFFE}", "a\u{0080}", "emoji 🙂", "tab\there", "cr\r", "", "trailing ", "ABC-123_x.y/z (1)",
  ]
  static let extraLines = [
    "", "# a comment", "#", "  indented: x", "- list item", "  - 1", "---", "   ", "\t# tab",
  ]

  func generated(_ count: Int) -> [String] {
    var random = Generator(state: 27001)
    return (0..<count).map { _ in
      var lines: [String] = []
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        if Int.random(in: 0..<10, using: &random) == 0 {
          lines.append(Self.extraLines[Int.random(in: Self.extraLines.indices, using: &random)])
          continue
        }
        // Mostly well-formed lines, so that whole documents are often flat.
        let tricky = Int.random(in: 0..<4, using: &random) == 0
        let key =
          tricky
          ? Self.keys[Int.random(in: Self.keys.indices, using: &random)]
          : Self.keys[Int.random(in: 0..<7, using: &random)]
        let separator =
          tricky ? Self.separators[Int.random(in: Self.separators.indices, using: &random)] : ": "
        let value =
          tricky
          ? Self.values[Int.random(in: Self.values.indices, using: &random)]
          : Self.values[Int.random(in: 0..<20, using: &random)]
        lines.append(key + separator + value)
      }
      return lines.joined(separator: "\n") + (Bool.random(using: &random) ? "\n" : "")
    }
  }

  @Test("every generated document it reads, Yams reads to the same tree and lines")
  func generatedDocuments() {
    var read = 0
    var declined = 0
    for yaml in generated(20_000) {
      guard let flat = FlatYAML.parse(yaml, firstLine: 2) else {
        declined += 1
        continue
      }
      read += 1
      #expect(yams(yaml) == flat, "\(yaml.debugDescription)")
    }
    // Both sides are exercised: many documents are read here, many left to Yams.
    #expect(read > 2_000, "read \(read)")
    #expect(declined > 2_000, "declined \(declined)")
  }

  @Test("the example ISMS's flat front-matter reads the same")
  func exampleDocuments() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("isms-repo-example")
    let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".md") }
    var read = 0
    for file in files {
      let split = try MarkdownSplitter.split(try Data(contentsOf: root.appendingPathComponent(file)))
      guard let yaml = split.frontMatter else { continue }
      guard let flat = FlatYAML.parse(yaml, firstLine: split.frontMatterFirstLine) else { continue }
      read += 1
      let expected = try YAMLReader.parseWithYams(yaml, firstLine: split.frontMatterFirstLine)
      #expect(flat == expected, "\(file)")
    }
    #expect(read >= 30, "read \(read) of \(files.count)")
  }

  @Test("what it declines goes to Yams, errors included")
  func declinedGoesToYams() throws {
    // A duplicate key: Yams names both lines.
    #expect(FlatYAML.parse("id: A\nid: B\n", firstLine: 2) == nil)
    #expect(throws: FrontMatterError.self) { try YAMLReader.parse("id: A\nid: B\n", firstLine: 2) }
    // A block list: read by Yams, with its lines.
    #expect(FlatYAML.parse("controls:\n  - A.5.1\n", firstLine: 2) == nil)
    let list = try YAMLReader.parse("controls:\n  - A.5.1\n", firstLine: 2)
    #expect(list.entries?.first?.value == .sequence([.scalar("A.5.1", plain: true, line: 3)], line: 3))
  }
}
