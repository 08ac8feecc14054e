import Foundation

/// The partials a Mustache template includes (`{{> name}}`, and `{{< name}}` for a parent), read
/// the way the Mustache parser reads tags, set-delimiter tags included.
///
/// The renderer follows partials without a depth limit, so a template that includes itself,
/// directly or through others, would recurse until the stack overflows: ``PacketTemplates`` checks
/// the graph of these names before rendering anything.
struct TemplatePartials {
  /// The names included, in order of appearance.
  private(set) var names: [String] = []
  /// Whether the template names a partial at render time (`{{>*name}}`).
  private(set) var hasDynamicName = false

  /// Scans `text`, a template the Mustache parser accepted.
  init(_ text: String) {
    var open = "{{"
    var close = "}}"
    var rest = Substring(text)
    while let start = rest.range(of: open) {
      let tag = rest[start.upperBound...]
      guard let end = tag.range(of: close) else { return }
      let content = tag[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
      rest = tag[end.upperBound...]
      if content.count >= 2, content.hasPrefix("="), content.hasSuffix("=") {
        let delimiters = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
        if delimiters.count == 2 {
          open = String(delimiters[0])
          close = String(delimiters[1])
        }
      } else if content.hasPrefix(">") || content.hasPrefix("<") {
        let name = content.dropFirst().trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("*") { hasDynamicName = true } else { names.append(name) }
      }
    }
  }

  /// A chain of includes that leads back to where it started, or that nests more than `maxDepth`
  /// partials, in `graph` (template name → the names it includes); `nil` when there is none.
  static func problem(in graph: [String: [String]], maxDepth: Int) -> [String]? {
    // The longest chain below each name, found once per name: a few templates, linear.
    var longest: [String: [String]] = [:]
    var cycle: [String]?
    func chain(from name: String, _ path: [String]) -> [String] {
      if let known = longest[name] { return known }
      if path.contains(name) {
        cycle = cycle ?? path + [name]
        return [name]
      }
      let below = (graph[name] ?? []).filter { graph[$0] != nil }.map { chain(from: $0, path + [name]) }
      let result = [name] + (below.max { $0.count < $1.count } ?? [])
      longest[name] = result
      return result
    }
    for name in graph.keys.sorted() {
      let found = chain(from: name, [])
      if let cycle { return cycle }
      if found.count > maxDepth + 1 { return found }
    }
    return nil
  }
}
