/// Why the front-matter editor refused an edit; the document is never written in that case.
public enum FrontMatterEditError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The text does not start with a `---` front-matter block, or the block is never closed.
  case noFrontMatter
  /// The key is not a plain `snake_case`/`x-` word the editor can place safely.
  case invalidKey(String)
  /// The field exists but is not a sequence, so an entry cannot be appended.
  case notASequence(key: String)
  /// The edited front-matter no longer parses.
  case unreadableResult(key: String, reason: String)
  /// The edited front-matter parses, but the field does not read back as written.
  case readBackMismatch(key: String)

  /// A one-line message for users.
  public var description: String {
    switch self {
    case .noFrontMatter: return "the document has no closed `---` front-matter block"
    case .invalidKey(let key): return "`\(key)` is not a field name the editor can write"
    case .notASequence(let key): return "`\(key)` is not a list, so no entry can be appended to it"
    case .unreadableResult(let key, let reason):
      return "editing `\(key)` would leave front-matter that does not parse (\(reason)); nothing was written"
    case .readBackMismatch(let key):
      return "editing `\(key)` would not read back as written; nothing was written"
    }
  }
}
