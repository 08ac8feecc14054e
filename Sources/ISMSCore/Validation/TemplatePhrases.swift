import Foundation

/// The text `isms init`'s templates leave for the organisation to replace, derived from the
/// templates themselves (`templates/init/`): the `TODO`/`TBD` markers and the placeholder
/// sentences that follow a `TODO` (to the end of its table cell, or of its paragraph). A line of a
/// document that still holds a marker or one of these sentences is template text, not content
/// (rule I6).
public struct TemplatePhrases: Sendable, Hashable {
  /// The placeholder sentences' lines, whitespace-normalised, each long enough not to match
  /// ordinary prose by chance.
  public let phrases: [String]

  /// The shortest piece of a placeholder sentence that is matched.
  static let minimumLength = 24

  /// Derives the phrases of `templates` (path → Mustache text); only `.mustache` files count.
  public init(templates: [String: String]) {
    var found: Set<String> = []
    for (path, text) in templates where path.hasSuffix(".mustache") {
      for phrase in Self.placeholderLines(text) { found.formUnion(Self.pieces(phrase)) }
    }
    phrases = found.sorted()
  }

  /// The 0-based offsets of the lines of `text` holding a marker or a placeholder sentence.
  public func lines(in text: some StringProtocol) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
      holdsPlaceholder(line) ? offset : nil
    }
  }

  /// Whether `line` holds a `TODO`/`TBD` marker or a placeholder sentence.
  public func holdsPlaceholder(_ line: some StringProtocol) -> Bool {
    if line.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "TODO" || $0 == "TBD" }) {
      return true
    }
    let normalised = Self.normalised(line)
    return normalised.count >= Self.minimumLength && phrases.contains { normalised.contains($0) }
  }

  /// The text of each template line that belongs to a placeholder: after `TODO` to the end of its
  /// table cell or line, and the lines continuing that paragraph.
  private static func placeholderLines(_ text: String) -> [String] {
    var result: [String] = []
    var continuing = false
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if let marker = line.range(of: "TODO") {
        let rest = line[marker.upperBound...].drop { $0 == ":" || $0 == " " }
        let isCell = line.trimmingCharacters(in: .whitespaces).hasPrefix("|")
        result.append(String(isCell ? rest.prefix { $0 != "|" } : rest))
        continuing = !isCell
        continue
      }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      let structural = ["|", "#", "- ", "* ", "---"].contains { trimmed.hasPrefix($0) }
      if normalised(line).isEmpty || structural {
        continuing = false
      } else if continuing {
        result.append(line)
      }
    }
    return result
  }

  /// The parts of a placeholder line between Mustache tags, normalised, that are long enough.
  private static func pieces(_ line: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(line)
    while let open = rest.range(of: "{{") {
      parts.append(String(rest[..<open.lowerBound]))
      guard let close = rest[open.upperBound...].range(of: "}}") else { break }
      rest = rest[close.upperBound...].drop { $0 == "}" }
    }
    parts.append(String(rest))
    return parts.map(normalised).filter { $0.count >= minimumLength }
  }

  /// `line` without quote, list and table markers at either end and with runs of white space as
  /// one space.
  static func normalised(_ line: some StringProtocol) -> String {
    let words = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let markers: Set<Character> = [">", "|", "*", "-", "\"", " ", "`"]
    return String(words.drop { markers.contains($0) }.reversed().drop { markers.contains($0) }.reversed())
  }
}
