import MarkdownHTML
import Testing

@Suite struct GFMRenderingTests {
  @Test func rendersTablesWithAlignment() {
    let html = MarkdownRenderer.html(
      fromMarkdown: """
        | Control | Status |
        |:--------|:------:|
        | A.5.1   | done   |
        """)
    #expect(html.contains("<table>\n<thead>\n<tr>\n<th align=\"left\">Control</th>"))
    #expect(html.contains("<th align=\"center\">Status</th>"))
    #expect(html.contains("<tbody>\n<tr>\n<td align=\"left\">A.5.1</td>"))
  }

  @Test func rendersTaskListsAsDisabledCheckboxes() {
    let html = MarkdownRenderer.html(fromMarkdown: "- [ ] open\n- [x] closed\n")
    #expect(html.contains("<li><input type=\"checkbox\" disabled=\"\" /> open</li>"))
    #expect(html.contains("<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> closed</li>"))
  }

  @Test func rendersFootnotes() {
    let html = MarkdownRenderer.html(fromMarkdown: "Claim[^src].\n\n[^src]: ISO/IEC 27001:2022.\n")
    #expect(
      html.contains(
        "<sup class=\"footnote-ref\"><a href=\"#fn-src\" id=\"fnref-src\" data-footnote-ref>1</a></sup>"))
    #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
    #expect(html.contains("<li id=\"fn-src\">\n<p>ISO/IEC 27001:2022."))
  }

  @Test func rendersStrikethroughWithOneOrTwoTildes() {
    #expect(
      MarkdownRenderer.html(fromMarkdown: "~~old~~ ~gone~") == "<p><del>old</del> <del>gone</del></p>\n")
  }

  @Test func autolinksBareURLsAndAddresses() {
    let html = MarkdownRenderer.html(
      fromMarkdown: "See www.example.com, https://example.org/a?b=1 and ciso@example.com.")
    #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
    #expect(html.contains("<a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>"))
    #expect(html.contains("<a href=\"mailto:ciso@example.com\">ciso@example.com</a>"))
  }

  @Test func rendersFencedCodeWithLanguageClass() {
    let html = MarkdownRenderer.html(fromMarkdown: "```swift\nlet x = 1 < 2\n```\n")
    #expect(html == "<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>\n")
  }

  @Test func addsSourcePositionsAndHardBreaksOnRequest() {
    let options = RenderOptions(hardLineBreaks: true, sourcePositions: true)
    let html = MarkdownRenderer.html(fromMarkdown: "one\ntwo\n", options: options)
    #expect(html == "<p data-sourcepos=\"1:1-2:3\">one<br />\ntwo</p>\n")
  }

  @Test func summarisesTheFirstTopLevelParagraph() {
    let rendered = MarkdownRenderer.render(
      """
      # Access control policy

      > A quote is not the summary.

      This policy *governs* `access` to
      [systems](https://example.com).

      Second paragraph.
      """)
    #expect(rendered.summary == "This policy governs access to systems.")
    #expect(MarkdownRenderer.render("# Only a heading").summary == nil)
  }

  @Test func rendersEmptyInput() {
    let rendered = MarkdownRenderer.render("")
    #expect(rendered.html.isEmpty)
    #expect(rendered.headings.isEmpty)
    #expect(rendered.summary == nil)
  }
}
