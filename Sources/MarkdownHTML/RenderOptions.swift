/// How `MarkdownRenderer` renders a document. The safety rules (raw HTML shown as text, dangerous
/// link schemes removed) are not options: they always apply.
public struct RenderOptions: Sendable, Hashable {
  /// Put in front of every heading id, so that several documents can share one HTML page without
  /// their anchors colliding. Use letters, digits, `-` and `_`.
  public var headingIDPrefix: String
  /// Whether each heading starts with an `<a id="…" class="anchor">` to link to.
  public var headingAnchors: Bool
  /// Render single line breaks as `<br />`, as GitHub does in comments (not in files).
  public var hardLineBreaks: Bool
  /// Add `data-sourcepos="line:column-line:column"` to block elements.
  public var sourcePositions: Bool

  /// Creates options; the defaults render a Markdown file as GitHub shows it.
  public init(
    headingIDPrefix: String = "",
    headingAnchors: Bool = true,
    hardLineBreaks: Bool = false,
    sourcePositions: Bool = false
  ) {
    self.headingIDPrefix = headingIDPrefix
    self.headingAnchors = headingAnchors
    self.hardLineBreaks = hardLineBreaks
    self.sourcePositions = sourcePositions
  }
}
