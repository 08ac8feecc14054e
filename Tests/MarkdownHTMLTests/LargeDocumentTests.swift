import MarkdownHTML
import Testing

@Suite struct LargeDocumentTests {
  /// About 1 MiB of ordinary ISMS Markdown: headings, tables, lists, links, raw HTML.
  static let largeDocument: String = {
    var markdown = ""
    var section = 0
    while markdown.utf8.count < 1 << 20 {
      section += 1
      markdown += """
        ## Control A.\(section) <span>review</span>

        The control owner reviews **access rights** every quarter; see [policy](../p/\(section).md)
        and https://example.com/\(section). Evidence[^e\(section)] is kept for ~~two~~ three years.

        | Risk | Likelihood | Impact |
        |------|:----------:|-------:|
        | R-\(section) | low | high |

        - [x] reviewed
        - [ ] approved <img src=x onerror=alert(\(section))>

        [^e\(section)]: Ticket \(section).


        """
    }
    return markdown
  }()

  @Test func rendersAMebibyteDocument() {
    let rendered = MarkdownRenderer.render(Self.largeDocument)
    #expect(rendered.headings.count > 1000)
    #expect(Set(rendered.headings.map(\.id)).count == rendered.headings.count)
    #expect(!containsTag("img", in: rendered.html))
    #expect(rendered.html.utf8.count > Self.largeDocument.utf8.count)
  }

  @Test func deepNestingDoesNotExhaustTheStack() {
    let quotes = String(repeating: "> ", count: 50_000) + "deep"
    let lists = String(repeating: "- ", count: 20_000) + "deep"
    let brackets = String(repeating: "[", count: 100_000) + "x"
    for markdown in [quotes, lists, brackets] {
      #expect(MarkdownRenderer.html(fromMarkdown: markdown).contains("deep") || markdown == brackets)
    }
  }

  @Test func renderingIsDeterministic() {
    let markdown = Self.largeDocument
    let first = MarkdownRenderer.render(markdown)
    let second = MarkdownRenderer.render(markdown)
    #expect(firstDifference(first.html, second.html) == nil)
    #expect(first.headings == second.headings && first.summary == second.summary)
  }

  /// cmark-gfm 0.29.0.gfm.6 keeps its table of special inline characters in a global that every
  /// parse switches on and off; without serialisation, concurrent renders lose strikethrough and
  /// autolinks.
  @Test func concurrentRendersMatchSerialOnes() async {
    let large = Self.largeDocument
    let small = "~~struck~~ www.example.com *em* ~one~ https://example.org\n"
    let expectedLarge = MarkdownRenderer.html(fromMarkdown: large)
    let expectedSmall = MarkdownRenderer.html(fromMarkdown: small)
    let mismatches = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<2 {
        group.addTask {
          firstDifference(MarkdownRenderer.html(fromMarkdown: large), expectedLarge) == nil ? 0 : 1
        }
      }
      group.addTask {
        (0..<5_000).filter { _ in MarkdownRenderer.html(fromMarkdown: small) != expectedSmall }.count
      }
      return await group.reduce(0, +)
    }
    #expect(mismatches == 0)
  }
}

/// The bytes around the first place where `a` and `b` differ, or nil when they are equal; keeps
/// failure messages short for megabyte outputs.
func firstDifference(_ a: String, _ b: String) -> String? {
  let a = Array(a.utf8), b = Array(b.utf8)
  let common = min(a.count, b.count)
  guard let index = (0..<common).first(where: { a[$0] != b[$0] }) ?? (a.count == b.count ? nil : common)
  else { return nil }
  let context = { (bytes: [UInt8]) in
    String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self)
  }
  return "at byte \(index):\n\(context(a))\n---\n\(context(b))"
}
