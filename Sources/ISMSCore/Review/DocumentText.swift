import Foundation

/// Reads one document from its bytes, outside of a whole-ISMS load (history, pull requests).
public enum DocumentText {
  /// The document in `data` at `path`, or `nil` when it has no front-matter, no `id` or no known `kind`.
  /// - Throws: ``FrontMatterError`` when the file or its YAML cannot be read.
  public static func parse(_ data: Data, path: String) throws -> Document? {
    let split = try MarkdownSplitter.split(MarkdownSplitter.decodeText(data))
    guard let yaml = split.frontMatter else { return nil }
    let entries = try YAMLReader.parseMapping(yaml, firstLine: split.frontMatterFirstLine)
    return document(entries, body: split.body, bodyFirstLine: split.bodyFirstLine, path: path)
  }

  /// The document made of parsed front-matter and a body, or `nil` without an `id` or a known `kind`.
  static func document(_ entries: [YAMLEntry], body: String, bodyFirstLine: Int, path: String) -> Document? {
    let reader = FieldReader(entries)
    guard let id = reader.string("id"), let kind = reader.value("kind", as: DocumentKind.self) else {
      return nil
    }
    return Document(
      id: id, kind: kind, path: path, frontMatter: entries, body: body, bodyFirstLine: bodyFirstLine,
      references: [])
  }

  /// Like ``parse(_:path:)`` but `nil` for unreadable files too.
  public static func read(_ data: Data?, path: String) -> Document? {
    guard let data else { return nil }
    return try? parse(data, path: path)
  }

  /// Whether `path` (relative to the ISMS root) can be an ISMS document, as ``ISMS/load(from:)`` decides.
  public static func isDocumentPath(_ path: String) -> Bool {
    let components = path.split(separator: "/")
    return path.lowercased().hasSuffix(".md") && components.first != "templates"
      && !components.contains(where: { $0.hasPrefix(".") })
  }
}
