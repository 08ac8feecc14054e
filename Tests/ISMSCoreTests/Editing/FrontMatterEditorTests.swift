import Foundation
import ISMSCore
import Testing

@Suite("Front-matter editor")
struct FrontMatterEditorTests {
  static let document = """
    ---
    id: POL-002
    kind: policy
    # The version is quoted on purpose.
    version: "1.0"   # keep quoted
    status: draft
    controls: [A.5.1]
    history:
      - on: 2026-01-01
        by: jdoe
    ---

    # Body

    status: not front-matter
    """

  @Test("sets a field on its own line, keeping spacing, comment and everything else")
  func setExisting() throws {
    let result = try FrontMatterEditor.setting("version", to: .string("1.1"), in: Self.document)
    #expect(
      result
        == Self.document.replacingOccurrences(
          of: "version: \"1.0\"   # keep quoted", with: "version: \"1.1\"   # keep quoted"))
    let status = try FrontMatterEditor.setting("status", to: .string("approved"), in: Self.document)
    #expect(status.contains("\nstatus: approved\ncontrols"))
    #expect(status.hasSuffix("status: not front-matter"))
  }

  @Test("adds an absent field at the end of the block")
  func setAbsent() throws {
    let result = try FrontMatterEditor.setting(
      "approved_on", to: .day(Day(daysSinceEpoch: 20514)), in: Self.document)
    #expect(result.contains("    by: jdoe\napproved_on: 2026-03-02\n---\n"))
  }

  @Test("removes a field with its value lines")
  func remove() throws {
    let result = try FrontMatterEditor.removing("history", from: Self.document)
    #expect(!result.contains("history"))
    #expect(result.contains("controls: [A.5.1]\n---\n"))
    #expect(try FrontMatterEditor.removing("absent", from: Self.document) == Self.document)
  }

  @Test("appends to a block sequence in its indentation, to a flow sequence, or creates it")
  func append() throws {
    let entry = FrontMatterValue.mapping([
      FrontMatterField("on", .day(Day(daysSinceEpoch: 20485))),
      FrontMatterField("by", .string("mweber")),
      FrontMatterField("note", .string("yes")),
    ])
    let block = try FrontMatterEditor.appending(entry, to: "history", in: Self.document)
    #expect(block.contains("    by: jdoe\n  - \"on\": 2026-02-01\n    by: mweber\n    note: \"yes\"\n---"))
    let flow = try FrontMatterEditor.appending(.string("A.8.1"), to: "controls", in: Self.document)
    #expect(flow.contains("controls: [A.5.1, A.8.1]\n"))
    let created = try FrontMatterEditor.appending(.string("x: y"), to: "notes", in: Self.document)
    #expect(created.contains("notes:\n  - \"x: y\"\n---"))
    #expect(throws: FrontMatterEditError.notASequence(key: "status")) {
      try FrontMatterEditor.appending(.string("x"), to: "status", in: Self.document)
    }
  }

  @Test("keeps CRLF line ends and a byte-order mark")
  func crlf() throws {
    let crlf = "\u{FEFF}" + Self.document.replacingOccurrences(of: "\n", with: "\r\n")
    let result = try FrontMatterEditor.apply(
      [
        .set("status", .string("approved")), .set("approved_by", .string("mweber")),
        .append("history", .mapping([FrontMatterField("on", .day(Day(daysSinceEpoch: 20485)))])),
      ],
      to: crlf)
    #expect(result.hasPrefix("\u{FEFF}---\r\n"))
    #expect(!result.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(result.contains("\r\nstatus: approved\r\n"))
    #expect(result.contains("\r\napproved_by: mweber\r\n---\r\n"))
    #expect(result.contains("    by: jdoe\r\n  - \"on\": 2026-02-01\r\n"))
    let data = try FrontMatterEditor.apply([.set("status", .string("retired"))], to: Data(crlf.utf8))
    #expect(String(decoding: data, as: UTF8.self).contains("\r\nstatus: retired\r\n"))
  }

  @Test("replaces a multi-line value with one line")
  func multiLine() throws {
    let text = "---\nid: X\nscope: >-\n  long\n  text\nnext: 1\n---\nbody\n"
    let result = try FrontMatterEditor.setting("scope", to: .string("short"), in: text)
    #expect(result == "---\nid: X\nscope: short\nnext: 1\n---\nbody\n")
  }

  @Test("refuses documents without front-matter and keys it cannot place")
  func refusals() {
    #expect(throws: FrontMatterEditError.noFrontMatter) {
      try FrontMatterEditor.setting("a", to: .string("b"), in: "# no front-matter\n")
    }
    #expect(throws: FrontMatterEditError.invalidKey("a: b")) {
      try FrontMatterEditor.setting("a: b", to: .string("c"), in: Self.document)
    }
  }

  @Test("a result that does not parse is refused, never returned")
  func readBack() {
    // An indented mapping hides `title` from the line scan; the added line breaks the YAML.
    let text = "---\n  id: X\n  title: Y\n---\n"
    #expect {
      try FrontMatterEditor.setting("title", to: .string("Z"), in: text)
    } throws: { error in
      if case FrontMatterEditError.unreadableResult(key: "title", reason: _) = error { return true }
      return false
    }
  }

  @Test(
    "quotes strings YAML would misread",
    arguments: [
      ("yes", "\"yes\""), ("No", "\"No\""), ("on", "\"on\""), ("OFF", "\"OFF\""), ("null", "\"null\""),
      ("~", "\"~\""), ("2.10", "\"2.10\""), ("12", "\"12\""), ("1e3", "\"1e3\""), ("0x1F", "\"0x1F\""),
      ("2026-03-02", "\"2026-03-02\""), ("- item", "\"- item\""), ("a: b", "\"a: b\""), ("a #b", "\"a #b\""),
      ("*alias", "\"*alias\""), ("", "\"\""), (" padded", "\" padded\""), ("say \"hi\"", "say \"hi\""),
      ("line\nbreak", "\"line\\nbreak\""), ("mweber", "mweber"), ("A.5.1", "A.5.1"),
      ("Information Security Policy", "Information Security Policy"),
    ])
  func quoting(text: String, expected: String) throws {
    #expect(YAMLQuoting.scalar(text) == expected)
    let edited = try FrontMatterEditor.setting("title", to: .string(text), in: "---\nid: X\n---\n")
    #expect(edited == "---\nid: X\ntitle: \(expected)\n---\n")
  }
}
