/// Turns heading text into anchor ids the way GitHub does (github-slugger): lowercase, drop
/// everything but letters, marks, numbers, `_`, `-` and spaces, turn spaces into `-`, and make
/// repeats unique with `-1`, `-2`, ….
struct HeadingSlugger {
  private var occurrences: [String: Int] = [:]

  /// A slug for `text` that this slugger has not returned before.
  mutating func slug(for text: String) -> String {
    var base = Self.baseSlug(text)
    // GitHub would emit an empty id here; an empty id is invalid HTML and cannot be linked to.
    if base.isEmpty { base = "section" }
    var candidate = base
    // github-slugger's loop: also steps over a literal "foo-1" heading that came earlier.
    while occurrences[candidate] != nil {
      let count = (occurrences[base] ?? 0) + 1
      occurrences[base] = count
      candidate = "\(base)-\(count)"
    }
    occurrences[candidate] = 0
    return candidate
  }

  /// The slug before de-duplication.
  static func baseSlug(_ text: String) -> String {
    var slug = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if scalar == " " {
        slug.append("-")
      } else if scalar == "-" || isWordScalar(scalar) {
        slug.append(scalar)
      }
    }
    return String(slug)
  }

  /// Whether `scalar` is in Unicode's letter, mark, number or connector-punctuation categories,
  /// which is what `\p{Word}` matches in GitHub's slug pattern.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark,
      .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation:
      return true
    default:
      return false
    }
  }
}
