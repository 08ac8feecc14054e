/// Renders GitHub-Flavored Markdown to HTML with GitHub's own parser, cmark-gfm: tables,
/// strikethrough, autolinks, task lists, footnotes and the tag filter, as on a pull request.
///
/// Safe for hostile documents:
/// - raw HTML, block or inline, comes out as escaped, visible text, never as markup;
/// - links and images with `javascript:`, `vbscript:`, `file:` or non-image `data:` URLs get an
///   empty `href`/`src`;
/// - nothing is fetched or followed while rendering.
///
/// Rendering is deterministic (the same input gives the same bytes) and safe to call from several
/// threads at once. This module's own passes over the tree are iterative and linear; cmark-gfm is
/// linear for ordinary documents, but Debian 12's 0.29.0.gfm.6 predates upstream's 2023 fixes
/// for crafted inputs that take quadratic time (thousands of `_www.a`, of `![[]()`, or of `|` on one
/// table row): a document beyond ``RenderBudget`` is shown as escaped preformatted text instead,
/// after a note saying why (``plainText(_:reason:)``).
public enum MarkdownRenderer {
  /// Renders `markdown` to an HTML fragment.
  public static func html(fromMarkdown markdown: String, options: RenderOptions = .init()) -> String {
    render(markdown, options: options).html
  }

  /// Renders `markdown` and also returns its headings and first-paragraph summary.
  public static func render(_ markdown: String, options: RenderOptions = .init()) -> RenderedMarkdown {
    if let problem = RenderBudget.problem(in: markdown) {
      return RenderedMarkdown(html: plainText(markdown, reason: problem), headings: [], summary: nil)
    }
    let document = CmarkDocument(markdown: markdown, flags: options.cmarkFlags)
    document.neutralizeRawHTML()
    let headings = document.headingNodes(idPrefix: options.headingIDPrefix)
    if options.headingAnchors { document.insertAnchors(headings) }
    return RenderedMarkdown(
      html: document.renderHTML(),
      headings: headings.map(\.heading),
      summary: document.firstParagraphText())
  }

  /// `markdown` shown as escaped preformatted text, after a note saying why it was not rendered:
  /// the fallback for a document beyond the ``RenderBudget``.
  public static func plainText(_ markdown: String, reason: String) -> String {
    "<p class=\"unrendered-note\">Shown as plain text: " + HTMLText.escape(reason) + ".</p>\n"
      + "<pre class=\"unrendered\">" + HTMLText.escape(markdown) + "</pre>\n"
  }
}
