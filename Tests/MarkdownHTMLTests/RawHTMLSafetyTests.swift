import MarkdownHTML
import Testing

@Suite struct RawHTMLSafetyTests {
  @Test func scriptBlockIsShownAsEscapedSource() {
    let html = MarkdownRenderer.html(fromMarkdown: "Intro\n\n<script>alert(1)</script>\n")
    #expect(!containsTag("script", in: html))
    #expect(
      html.contains(
        "<pre><code class=\"language-html\">&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>"))
  }

  @Test func inlineImageWithOnerrorIsInertText() {
    let html = MarkdownRenderer.html(fromMarkdown: "Logo <img src=x onerror=alert(1)> here")
    #expect(!containsTag("img", in: html))
    #expect(!containsEventHandler(in: html))
    #expect(html == "<p>Logo &lt;img src=x onerror=alert(1)&gt; here</p>\n")
  }

  @Test func iframeIsInertText() {
    let html = MarkdownRenderer.html(fromMarkdown: "<iframe src=\"https://evil.example\"></iframe>\n")
    #expect(!containsTag("iframe", in: html))
    #expect(html.contains("&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;"))
  }

  @Test(arguments: [
    "<svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<!-- hidden instructions -->",
    "<style>body{display:none}</style>",
    "<object data=x></object>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<details><summary>x</summary>y</details>",
  ])
  func rawHTMLNeverBecomesMarkup(raw: String) {
    for markdown in [raw, "Text \(raw) text", "- item \(raw)", "> \(raw)", "| a |\n|---|\n| \(raw) |"] {
      let html = MarkdownRenderer.html(fromMarkdown: markdown)
      let names = ["script", "svg", "div", "style", "object", "details", "summary"]
      #expect(names.allSatisfy { !containsTag($0, in: html) }, "\(markdown) → \(html)")
      #expect(!containsEventHandler(in: html), "\(markdown) → \(html)")
      #expect(!html.lowercased().contains("href=\"javascript:"), "\(markdown) → \(html)")
      #expect(html.contains("&lt;"), "raw HTML must stay visible: \(markdown) → \(html)")
    }
  }

  @Test func rawHTMLInsideHeadingsAndFootnotesIsEscaped() {
    let html = MarkdownRenderer.html(
      fromMarkdown: "# Title <script>x</script>\n\nText[^1]\n\n[^1]: Note <img src=x onerror=y>\n")
    #expect(!containsTag("script", in: html))
    #expect(!containsTag("img", in: html))
    #expect(html.contains("Title &lt;script&gt;x&lt;/script&gt;</h1>"))
  }
}
