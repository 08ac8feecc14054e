/// Why a document's bytes or front-matter could not be read.
///
/// `line` is a line of the file (1-based), not of the YAML block.
public struct FrontMatterError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The class of problem, for callers and tests that branch on it.
  public enum Problem: String, Sendable, Codable {
    /// The file is larger than ``FrontMatterLimits/maxDocumentBytes``.
    case documentTooLarge
    /// The front-matter is larger than ``FrontMatterLimits/maxFrontMatterBytes``.
    case frontMatterTooLarge
    /// The file holds NUL bytes: it is binary, not Markdown.
    case binary
    /// The file is not valid UTF-8.
    case invalidUTF8
    /// The opening `---` has no closing `---` or `...`.
    case notClosed
    /// The YAML is not well-formed.
    case syntax
    /// A mapping holds the same key twice.
    case duplicateKey
    /// An anchor, alias or merge key was used.
    case anchorOrAlias
    /// An explicit tag (`!!int`, `!custom`) was used.
    case tag
    /// The nesting is deeper than ``FrontMatterLimits/maxDepth``.
    case tooDeep
    /// There are more nodes than ``FrontMatterLimits/maxNodes``.
    case tooManyNodes
    /// The front-matter is not a mapping of keys to values.
    case notAMapping
  }

  /// The class of problem.
  public let problem: Problem
  /// The file line the problem is on, when known.
  public let line: Int?
  /// What is wrong.
  public let message: String
  /// How to fix it, in the imperative.
  public let fix: String

  /// Creates an error.
  public init(_ problem: Problem, line: Int?, message: String, fix: String) {
    self.problem = problem
    self.line = line
    self.message = message
    self.fix = fix
  }

  /// `line N: message; fix`, for messages that quote the error.
  public var description: String { (line.map { "line \($0): " } ?? "") + message + "; " + fix }
}
