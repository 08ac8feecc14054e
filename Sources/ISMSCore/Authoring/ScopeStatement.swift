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
    guard
      let heading = lines.indices.first(where: { $0 >= bodyStart && isHeading(lines[$0]) && names(lines[$0]) }
      )
    else { return nil }
    let level = lines[heading].prefix { $0 == "#" }.count
    let end =
      lines.indices.first(where: {
        $0 > heading && isHeading(lines[$0]) && lines[$0].prefix { $0 == "#" }.count <= level
      }) ?? lines.count
    let paragraph = statement.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0) + carriageReturn
    }
    lines.replaceSubrange(
      heading + 1..<end, with: [carriageReturn] + paragraph + (end < lines.count ? [carriageReturn] : []))
    return lines.joined(separator: "\n")
  }

  private static func isHeading(_ line: String) -> Bool {
    line.hasPrefix("#") && line.drop { $0 == "#" }.first == " "
  }

  private static func names(_ line: String) -> Bool {
    line.lowercased().contains("scope statement")
  }
}
