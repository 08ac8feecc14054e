/// A heading of a rendered document, enough to build a table of contents.
public struct Heading: Sendable, Hashable, Codable {
  /// 1 for `#`, up to 6 for `######`.
  public let level: Int
  /// The heading's visible text, without Markdown markup; not escaped for HTML.
  public let text: String
  /// The anchor id in the HTML (with `RenderOptions.headingIDPrefix`); link to it as `#id`.
  /// Unique within one document; repeats get `-1`, `-2`, … as on GitHub.
  public let id: String

  /// Creates a heading.
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}
