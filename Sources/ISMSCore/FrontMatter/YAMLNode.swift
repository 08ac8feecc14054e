/// A parsed YAML node with the file line it starts on; the raw form kept for every document.
///
/// Scalars keep their text exactly as written (`2.10` stays `2.10`, `no` stays `no`): types are
/// decided by the schema, never by YAML 1.1 resolution.
public indirect enum YAMLNode: Sendable, Hashable {
  /// A scalar: its text, whether it was written plain (unquoted, not a block scalar), and its line.
  case scalar(String, plain: Bool, line: Int)
  /// A sequence and the line it starts on.
  case sequence([YAMLNode], line: Int)
  /// A mapping (keys in file order) and the line it starts on.
  case mapping([YAMLEntry], line: Int)

  /// The file line the node starts on.
  public var line: Int {
    switch self {
    case .scalar(_, _, let line), .sequence(_, let line), .mapping(_, let line): return line
    }
  }

  /// Whether the node is YAML null: an empty plain scalar, `~` or `null`.
  public var isNull: Bool {
    guard case .scalar(let text, true, _) = self else { return false }
    return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
  }

  /// The scalar text, or `nil` for a collection or null.
  public var text: String? {
    guard case .scalar(let text, _, _) = self, !isNull else { return nil }
    return text
  }

  /// The entries when the node is a mapping.
  public var entries: [YAMLEntry]? {
    guard case .mapping(let entries, _) = self else { return nil }
    return entries
  }

  /// The elements when the node is a sequence.
  public var elements: [YAMLNode]? {
    guard case .sequence(let elements, _) = self else { return nil }
    return elements
  }

  /// The value of `key` when the node is a mapping holding it.
  public subscript(key: String) -> YAMLNode? {
    entries?.first { $0.key == key }?.value
  }

  /// A compact, deterministic one-line rendering (flow style), for messages and diffs.
  public var compactDescription: String {
    switch self {
    case .scalar(let text, let plain, _):
      if plain { return text }
      // Most values hold no quote, and the Foundation call would copy every one through NSString.
      let escaped =
        text.utf8.contains(UInt8(ascii: "\"")) ? text.replacingOccurrences(of: "\"", with: "\\\"") : text
      return "\"" + escaped + "\""
    case .sequence(let elements, _):
      return "[" + elements.map(\.compactDescription).joined(separator: ", ") + "]"
    case .mapping(let entries, _):
      return "{" + entries.map { "\($0.key): \($0.value.compactDescription)" }.joined(separator: ", ") + "}"
    }
  }
}

/// One key of a YAML mapping with the line of the key.
public struct YAMLEntry: Sendable, Hashable {
  /// The key text.
  public let key: String
  /// The file line of the key.
  public let line: Int
  /// The value.
  public let value: YAMLNode

  /// Creates an entry.
  public init(key: String, line: Int, value: YAMLNode) {
    self.key = key
    self.line = line
    self.value = value
  }
}
