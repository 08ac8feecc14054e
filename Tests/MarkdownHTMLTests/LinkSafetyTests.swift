import MarkdownHTML
import Testing

@Suite struct LinkSafetyTests {
  @Test(arguments: [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](< javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[x](vbscript:msgbox(1))",
    "[x](file:///etc/passwd)",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x]\n\n[x]: javascript:alert(1)",
  ])
  func dangerousLinkSchemesGetAnEmptyHref(markdown: String) {
    let html = MarkdownRenderer.html(fromMarkdown: markdown)
    #expect(html.contains("<a href=\"\">"), "\(markdown) → \(html)")
    #expect(!containsTag("script", in: html))
  }

  @Test func dangerousImageSourcesAreRemovedButRasterDataImagesStay() {
    let html = MarkdownRenderer.html(
      fromMarkdown: "![svg](data:image/svg+xml;base64,PHN2Zz4=) ![png](data:image/png;base64,iVBORw0K)")
    #expect(html.contains("<img src=\"\" alt=\"svg\" />"))
    #expect(html.contains("<img src=\"data:image/png;base64,iVBORw0K\" alt=\"png\" />"))
  }

  @Test func attributeBreakoutsAreEscaped() {
    let html = MarkdownRenderer.html(
      fromMarkdown: "[x](/u \"t\\\" onmouseover=alert(1)\")\n\n~~~ \"><script>\ncode\n~~~\n")
    #expect(!containsEventHandler(in: html))
    #expect(!containsTag("script", in: html))
    #expect(html.contains("title=\"t&quot; onmouseover=alert(1)\""))
  }

  @Test func ordinaryLinksAreKept() {
    let html = MarkdownRenderer.html(fromMarkdown: "[policy](../policies/A.5.md) [site](https://example.com)")
    #expect(
      html == "<p><a href=\"../policies/A.5.md\">policy</a> <a href=\"https://example.com\">site</a></p>\n")
  }
}
