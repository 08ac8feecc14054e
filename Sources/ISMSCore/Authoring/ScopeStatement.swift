/// The scope statement written in the two places that must agree: `scope:` of `isms.yml` and the
/// "Scope statement" section of the scope document (`mandatory: scope`).
public enum ScopeStatement {
  /// `document` (the scope document's whole text) with the body of its "Scope statement" section
  /// replaced by `statement`; the heading and every other section stay.
  /// - Returns: `nil` when the document has no heading that names the scope statement.
  public static func replacingSection(in document: String, with statement: String) -> String? {
    var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let carriageReturn = lines.first?.hasSuffix("\r") == true ? "\r" : ""
    let bodyStart =
      (lines.indices.dropFirst().first { lines[$0].hasPrefix("---") || lines[$0].hasPrefix("...") } ?? 0) + 1
    guard let (heading, end) = sectionRange(in: lines, from: bodyStart) else { return nil }
    let paragraph = statement.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0) + carriageReturn
    }
    lines.replaceSubrange(
      heading + 1..<end, with: [carriageReturn] + paragraph + (end < lines.count ? [carriageReturn] : []))
    return lines.joined(separator: "\n")
  }

  /// The "Scope statement" section of a scope document's `body` (no front matter): its text and the
  /// 0-based body line of its heading; `nil` when no heading names it.
  public static func section(inBody body: String) -> (text: String, line: Int)? {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let (heading, end) = sectionRange(in: lines, from: 0) else { return nil }
    return (lines[heading + 1..<end].joined(separator: "\n"), heading)
  }

  /// Whether a scope statement `section` says what `scope` says: its first paragraph (the
  /// statement; a remark may follow) has the same words in the same order, ignoring white space,
  /// line breaks and quote markers (`>`).
  public static func agrees(section: String, scope: String) -> Bool {
    let words = scope.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let lines = section.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.drop { $0 == ">" || $0.isWhitespace }
    }
    let paragraph = lines.drop { $0.isEmpty }.prefix { !$0.isEmpty }
    let text = paragraph.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return !words.isEmpty && text == words
  }

  /// The heading line naming the scope statement at or after `start`, and the line ending its
  /// section (the next heading of the same or a higher level, or the end).
  private static func sectionRange(in lines: [String], from start: Int) -> (Int, Int)? {
    guard
      let heading = lines.indices.first(where: { $0 >= start && isHeading(lines[$0]) && names(lines[$0]) })
    else { return nil }
    let level = lines[heading].prefix { $0 == "#" }.count
    let end =
      lines.indices.first(where: {
        $0 > heading && isHeading(lines[$0]) && lines[$0].prefix { $0 == "#" }.count <= level
      }) ?? lines.count
    return (heading, end)
  }

  private static func isHeading(_ line: String) -> Bool {
    line.hasPrefix("#") && line.drop { $0 == "#" }.first == " "
  }

  private static func names(_ line: String) -> Bool {
    line.lowercased().contains("scope statement")
  }
}
