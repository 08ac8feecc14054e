/// The real tags in rendered HTML, as `<…>` strings.
///
/// cmark escapes every `<` that comes from text, so each literal `<` in its output starts a tag the
/// renderer wrote; inspecting only these tells markup apart from escaped, visible text.
func tags(in html: String) -> [Substring] {
  var found: [Substring] = []
  var index = html.startIndex
  while let open = html[index...].firstIndex(of: "<") {
    guard let close = html[open...].firstIndex(of: ">") else { break }
    found.append(html[open...close])
    index = html.index(after: close)
  }
  return found
}

/// Whether any tag in `html` is `name` (`<name` or `<name …`), case-insensitively.
func containsTag(_ name: String, in html: String) -> Bool {
  tags(in: html).contains { tag in
    let lower = tag.lowercased()
    return lower.hasPrefix("<\(name)>") || lower.hasPrefix("<\(name) ") || lower.hasPrefix("<\(name)/")
  }
}

/// Whether any tag in `html` carries an `on…` event-handler attribute.
func containsEventHandler(in html: String) -> Bool {
  tags(in: html).contains { tag in attributeNames(of: tag).contains { $0.hasPrefix("on") } }
}

/// The lowercased attribute names of one tag, skipping over quoted and unquoted values.
func attributeNames(of tag: Substring) -> [String] {
  var names: [String] = []
  var rest = tag.dropFirst().drop { !$0.isWhitespace && $0 != ">" && $0 != "/" }
  while true {
    rest = rest.drop { $0.isWhitespace || $0 == "/" }
    guard let first = rest.first, first != ">" else { return names }
    let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
    names.append(name.lowercased())
    rest = rest.dropFirst(name.count).drop(while: \.isWhitespace)
    guard rest.first == "=" else { continue }
    rest = rest.dropFirst().drop(while: \.isWhitespace)
    if let quote = rest.first, quote == "\"" || quote == "'" {
      rest = rest.dropFirst().drop { $0 != quote }.dropFirst()
    } else {
      rest = rest.drop { !$0.isWhitespace && $0 != ">" }
    }
  }
}
