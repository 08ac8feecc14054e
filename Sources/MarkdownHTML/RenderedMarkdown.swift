/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
  /// The HTML fragment (no `<html>` or `<body>`); safe to embed in a page.
  public let html: String
  /// The headings in document order.
  public let headings: [Heading]
  /// The plain text of the first top-level paragraph, or nil when there is none. Raw HTML in it
  /// appears as written, so escape the summary before putting it into HTML.
  public let summary: String?

  /// Creates a rendering result.
  public init(html: String, headings: [Heading], summary: String?) {
    self.html = html
    self.headings = headings
    self.summary = summary
  }
}
