import Foundation

/// The approved answers of the ISMS and how a customer's question finds one of them.
///
/// Matching is deterministic and tried in this order:
/// 1. **exact**: the question, normalised (case and accents folded, punctuation dropped, spaces
///    collapsed), equals an answer's `question`;
/// 2. **alias**: it equals one of an answer's `aliases`;
/// 3. **keywords**: the question's significant words (stop words dropped, simple English endings
///    stripped) overlap the words of an answer's question, aliases and `keywords` in at least
///    ``minimumOverlap`` words that make at least ``coverageThreshold`` of the question's words.
///    The best coverage wins, then the larger share of both word sets (Jaccard), then the lower id.
public struct AnswerLibrary: Sendable {
  /// How a question found its answer.
  public enum MatchKind: String, Sendable, Hashable {
    /// The normalised question equals the answer's question.
    case exact
    /// It equals one of the answer's aliases.
    case alias
    /// Its words overlap the answer's words enough.
    case keywords
  }

  /// A question's answer.
  public struct Match: Sendable, Hashable {
    /// The answer document.
    public let document: Document
    /// How it was found.
    public let kind: MatchKind
    /// The share of the question's significant words found in the answer's words (1 for exact
    /// and alias matches).
    public let coverage: Double
  }

  /// The least share of a question's significant words an answer must hold for a keyword match.
  public static let coverageThreshold = 0.6
  /// The least number of shared significant words for a keyword match.
  public static let minimumOverlap = 2

  /// The approved answers, by id.
  public let answers: [Document]
  private let exact: [String: Document]
  private let alias: [String: Document]
  private let words: [(Document, Set<String>)]

  /// The library of the approved answers of `isms`; the first answer by id wins a wording two
  /// answers share (rule T2 reports that).
  public init(isms: ISMS) {
    answers = isms.documents(of: .answer).filter { $0.answer?.status == .approved }.sorted {
      NaturalOrder.precedes($0.id, $1.id)
    }
    var exact: [String: Document] = [:]
    var alias: [String: Document] = [:]
    var words: [(Document, Set<String>)] = []
    for document in answers {
      guard let entry = document.answer else { continue }
      if let question = entry.question {
        let key = Self.normalised(question)
        if exact[key] == nil { exact[key] = document }
      }
      for wording in entry.aliases {
        let key = Self.normalised(wording)
        if alias[key] == nil { alias[key] = document }
      }
      let texts = [entry.question ?? ""] + entry.aliases + entry.keywords
      words.append((document, Set(texts.flatMap(Self.significantWords))))
    }
    self.exact = exact
    self.alias = alias
    self.words = words
  }

  /// The answer to `question`, or `nil` when none matches well enough.
  public func match(_ question: String) -> Match? {
    let key = Self.normalised(question)
    if let document = exact[key] { return Match(document: document, kind: .exact, coverage: 1) }
    if let document = alias[key] { return Match(document: document, kind: .alias, coverage: 1) }
    let asked = Set(Self.significantWords(question))
    guard !asked.isEmpty else { return nil }
    var best: (document: Document, coverage: Double, jaccard: Double)?
    for (document, known) in words {
      let shared = asked.intersection(known).count
      let coverage = Double(shared) / Double(asked.count)
      guard shared >= Self.minimumOverlap, coverage >= Self.coverageThreshold else { continue }
      let jaccard = Double(shared) / Double(asked.union(known).count)
      // Answers come in id order, so only a strictly better one replaces the best so far.
      if let current = best, (coverage, jaccard) <= (current.coverage, current.jaccard) { continue }
      best = (document, coverage, jaccard)
    }
    return best.map { Match(document: $0.document, kind: .keywords, coverage: $0.coverage) }
  }

  /// `"Do you encrypt data at-rest?"` → `"do you encrypt data at rest"`.
  public static func normalised(_ text: String) -> String {
    tokens(text).joined(separator: " ")
  }

  /// The words that carry meaning, with simple English endings stripped:
  /// `"Are backups encrypted?"` → `["backup", "encrypt"]`.
  public static func significantWords(_ text: String) -> [String] {
    tokens(text).filter { !stopWords.contains($0) }.map(stem)
  }

  private static func tokens(_ text: String) -> [String] {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    return folded.unicodeScalars.split { !(CharacterSet.alphanumerics.contains($0)) }.map {
      String(String.UnicodeScalarView($0))
    }
  }

  private static func stem(_ word: String) -> String {
    for (suffix, replacement, keep) in endings where word.hasSuffix(suffix) {
      let stemmed = String(word.dropLast(suffix.count))
      if stemmed.count >= keep { return stemmed + replacement }
    }
    return word
  }

  /// Suffix, replacement, and the least length of what remains before the replacement.
  private static let endings: [(String, String, Int)] = [
    ("ies", "y", 3), ("sses", "ss", 2), ("xes", "x", 2), ("ches", "ch", 2), ("shes", "sh", 2),
    ("ss", "ss", 1), ("ing", "", 4), ("ions", "", 4), ("ion", "", 4), ("ed", "", 4), ("s", "", 3),
  ]

  private static let stopWords: Set<String> = [
    "a", "about", "all", "an", "and", "any", "are", "as", "at", "be", "been", "by", "can", "describe",
    "do", "does", "for", "from", "has", "have", "how", "if", "in", "into", "is", "it", "its", "of",
    "on", "or", "our", "please", "provide", "such", "that", "the", "their", "there", "these", "this",
    "those", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "will", "with",
    "you", "your",
  ]
}
