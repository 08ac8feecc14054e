/// Puts text from the repository (titles, ids, paths, author names, messages quoting them) into a
/// comment GitHub or GitLab renders as Markdown, so that it reads literally: no markup, HTML,
/// image, link syntax, comment or mention comes from the text itself (a bare URL is still linked,
/// as in any comment, but nothing is loaded from it).
///
/// Technique, as bots that post such comments do (Renovate, for one): `&`, `<` and `>` become
/// entities, the ASCII punctuation that means something inside a line of Markdown, GFM or
/// GitHub's math is backslash-escaped (CommonMark lets any ASCII punctuation be escaped; the
/// text never starts a line, so `#`, `-` and the like need nothing), and `@` is followed by an
/// entity for a zero-width space (`@&#8203;`), which reads the same but is not a mention. Line
/// breaks are left to ``DiagnosticText/printable(_:)``.
enum ForgeMarkdown {
  /// `text` escaped for running Markdown text.
  static func text(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "@": result += "@&#8203;"
      case "\\", "`", "*", "_", "[", "]", "!", "|", "~", "$":
        result.append("\\")
        result.append(character)
      default: result.append(character)
      }
    }
    return result
  }

  /// `text` as inline code (a path, a branch name), backticks in it shown as `'` so it cannot end
  /// the span; forges render nothing inside a code span, mentions included.
  static func code(_ text: String) -> String {
    "`" + String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "`" ? "'" : $0 })) + "`"
  }
}
