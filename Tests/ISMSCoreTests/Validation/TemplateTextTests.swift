import Foundation
import Testing

@testable import ISMSCore

/// Template text is not content (I6) and the scope statement is written once (L3).
@Suite struct TemplateTextTests {
  static let templates = [
    "scope.md.mustache": """
    # ISMS Scope of {{{organization}}}

    ## 1. Scope statement

    > TODO: One or two sentences naming the products or services, the activities (for example
    > development, operation, support) and the locations covered. Copy the final wording into
    > `scope:` in `isms.yml`.

    ## 2. Boundaries

    | Unit | In scope |
    |---|---|
    | TODO: e.g. Engineering and the platform team | yes |
    """,
    "README.md": "TODO: this file is documentation, not a template, and is never matched.\n",
  ]

  static var catalogs: Catalogs {
    get throws {
      var catalogs = try Fixture.catalogs
      catalogs.templatePhrases = TemplatePhrases(templates: templates)
      return catalogs
    }
  }

  func diagnostics(_ fixture: Fixture) throws -> [Diagnostic] {
    Validator.validate(snapshot: fixture.snapshot, catalogs: try Self.catalogs, today: Fixture.today)
      .diagnostics
  }

  @Test func placeholderSentencesComeFromTheTemplates() {
    let phrases = TemplatePhrases(templates: Self.templates).phrases
    #expect(
      phrases.contains(
        "development, operation, support) and the locations covered. Copy the final wording into"))
    #expect(phrases.contains("e.g. Engineering and the platform team"))
    #expect(!phrases.contains { $0.contains("never matched") })
    #expect(!phrases.contains { $0.contains("In scope") })
  }

  @Test func linesAreMatchedWordForWordWhateverTheirSpacingScriptOrLineEnds() {
    let phrases = TemplatePhrases(templates: Self.templates)
    let body = [
      "Plain prose about engineering and the platform team.",  // 0: no phrase, no marker
      "| e.g.   Engineering and\tthe platform team | yes |",  // 1: runs of white space
      "> * development, operation, support) and the locations covered. Copy the final wording into",  // 2
      "Ünïcode first: e.g. Engineering and the platform team",  // 3: the non-ASCII path
      "TODOs and TBDs are plural words, MYTODO is one word",  // 4: no marker
      "Ünïcode TBD: later",  // 5: a marker on the non-ASCII path
      "(TODO) in brackets\r",  // 6: a marker, a CRLF line end
      "e.g. Engineering and the platform",  // 7: too short a piece
    ].joined(separator: "\n")
    #expect(phrases.lines(in: body) == [1, 2, 3, 5, 6])
    #expect(TemplatePhrases.normalised("  > *  a\tb  | ") == "a b")
    #expect(TemplatePhrases.normalised("  > *  Ünï\u{2003}b  | ") == "Ünï b")
    #expect(phrases.holdsPlaceholder("see TODO"))
    #expect(!phrases.holdsPlaceholder("nothing to do"))
    #expect(!TemplatePhrases(templates: [:]).holdsPlaceholder("e.g. Engineering and the platform team"))
  }

  @Test func aPlaceholderSentenceWithoutTODOInAnApprovedDocumentIsAWarning() throws {
    let fixture = Fixture().replacing(
      "# Information Security Policy",
      with:
        "# Information Security Policy\n\nWe protect data.\n> development, operation, support) and the locations covered. Copy the final wording into",
      in: "policies/pol-001.md")
    let found = try diagnostics(fixture).filter { $0.rule == "I6" }
    #expect(found.map(\.path) == ["policies/pol-001.md"])
    #expect(found.first?.line == 22)
    #expect(found.first?.severity == .warning)
    #expect(try diagnostics(Fixture()).isEmpty)
  }

  @Test func templateTextInTheScopeIsAWarningWhateverItsStatus() throws {
    let draft = Fixture()
      .replacing(
        "status: approved\nowner: jdoe\napprover_role: ciso",
        with: "status: draft\nowner: jdoe\napprover_role: ciso", in: "plans/isms-manual.md"
      )
      .replacing("The manual.", with: "The manual.\n\n| TODO | yes |", in: "plans/isms-manual.md")
    #expect(try diagnostics(draft).filter { $0.rule == "I6" }.map(\.path) == ["plans/isms-manual.md"])
    let config = Fixture().replacing(
      "scope: The Nordlicht SaaS platform", with: "scope: TODO replace this with the scope", in: "isms.yml")
    let found = try diagnostics(config).filter { $0.rule == "I6" }
    #expect(found.map(\.path) == ["isms.yml"])
    #expect(found.first?.line == 2)
  }

  @Test func theScopeStatementsMustAgree() throws {
    let agreeing = Fixture().replacing(
      "The manual.", with: "## 1. Scope statement\n\n> The Nordlicht\n>   SaaS platform\n\n## 2. More",
      in: "plans/isms-manual.md")
    #expect(try diagnostics(agreeing).isEmpty)
    let differing = agreeing.replacing(
      "SaaS platform\n", with: "SaaS platform and its mobile app\n", in: "plans/isms-manual.md")
    let found = try diagnostics(differing).filter { $0.rule == "L3" }
    #expect(found.count == 1)
    #expect(found.first?.path == "isms.yml")
    #expect(found.first?.message.contains("plans/isms-manual.md (line 16)") == true)
    #expect(found.first?.fix.contains("isms scope set") == true)
  }

  /// ``TemplatePhrases/placeholderLines(_:)`` as it was written first: the text split into
  /// `Character` lines, each judged as a `String`.
  static func placeholderLinesOfStrings(_ text: String) -> [String] {
    var result: [String] = []
    var continuing = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      TemplatePhrases.placeholderLine(String(line), continuing: &continuing, into: &result)
    }
    return result
  }

  @Test("the placeholder lines of ASCII text, found on bytes, are those of the text judged as strings")
  func placeholderLinesOnBytes() throws {
    for (path, text) in ExampleISMS.initTemplates {
      #expect(TemplatePhrases.placeholderLines(text) == Self.placeholderLinesOfStrings(text), "\(path)")
    }
    let pieces = [
      "TODO", "TODO: ", "| ", "|", "- ", "-", "* ", "#", "---", " ", "\t", "\n", "\r\n", "\r", "text",
      "a longer placeholder sentence", ":", "é", "> ", "  ",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
        pieces.randomElement(using: &generator) ?? ""
      }.joined()
      #expect(
        TemplatePhrases.placeholderLines(text) == Self.placeholderLinesOfStrings(text),
        "\(text.debugDescription)")
    }
  }
}
