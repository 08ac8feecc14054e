import MarkdownHTML
import Testing

@Suite struct HeadingTests {
  @Test func collectsLevelsTextAndSlugs() {
    let rendered = MarkdownRenderer.render(
      """
      # ISMS *Scope* & `Context`
      ## 4.1 Understanding the organisation
      Setext heading
      --------------
      ###### Überblick: Zugriff
      """)
    #expect(
      rendered.headings == [
        Heading(level: 1, text: "ISMS Scope & Context", id: "isms-scope--context"),
        Heading(
          level: 2, text: "4.1 Understanding the organisation", id: "41-understanding-the-organisation"),
        Heading(level: 2, text: "Setext heading", id: "setext-heading"),
        Heading(level: 6, text: "Überblick: Zugriff", id: "überblick-zugriff"),
      ])
  }

  @Test func duplicateSlugsGetNumberedLikeGitHub() {
    let rendered = MarkdownRenderer.render("# Risks\n# Risks\n# Risks-1\n# Risks\n# !!!\n# ???\n")
    #expect(
      rendered.headings.map(\.id) == ["risks", "risks-1", "risks-1-1", "risks-2", "section", "section-1"])
  }

  @Test func headingsCarryAnchorsTheTableOfContentsCanLinkTo() {
    let html = MarkdownRenderer.html(fromMarkdown: "## Annex A\n")
    #expect(
      html
        == "<h2><a id=\"annex-a\" class=\"anchor\" aria-hidden=\"true\" href=\"#annex-a\"></a>Annex A</h2>\n")
  }

  @Test func prefixKeepsAnchorsOfSeveralDocumentsApart() {
    let rendered = MarkdownRenderer.render("# Scope\n", options: RenderOptions(headingIDPrefix: "a5-"))
    #expect(rendered.headings.map(\.id) == ["a5-scope"])
    #expect(
      rendered.html.contains("<a id=\"a5-scope\" class=\"anchor\" aria-hidden=\"true\" href=\"#a5-scope\">"))
  }

  @Test func hostilePrefixIsEscaped() {
    let html = MarkdownRenderer.html(
      fromMarkdown: "# A\n", options: RenderOptions(headingIDPrefix: "\"><script>x</script>"))
    #expect(!containsTag("script", in: html))
  }

  @Test func anchorsCanBeTurnedOff() {
    let rendered = MarkdownRenderer.render("# Scope\n", options: RenderOptions(headingAnchors: false))
    #expect(rendered.html == "<h1>Scope</h1>\n")
    #expect(rendered.headings.map(\.id) == ["scope"])
  }
}
