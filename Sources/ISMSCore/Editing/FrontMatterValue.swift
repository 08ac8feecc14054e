/// A value the front-matter editor writes: a scalar, or a flat mapping for a sequence entry.
public indirect enum FrontMatterValue: Sendable, Hashable {
  /// Text; quoted whenever YAML (1.1 or 1.2) would read it as anything but this text.
  case string(String)
  /// A date, written plain as `YYYY-MM-DD`.
  case day(Day)
  /// A whole number, written plain.
  case int(Int)
  /// A mapping of scalars in this order, for an entry of a sequence such as `history`.
  case mapping([FrontMatterField])
  /// A flow sequence of scalars or mappings, `[a, b]`; empty is `[]`.
  case list([FrontMatterValue])

  /// The text a YAML reader returns for a scalar value, `nil` for a mapping.
  public var scalarText: String? {
    switch self {
    case .string(let text): return text
    case .day(let day): return day.description
    case .int(let number): return String(number)
    case .mapping, .list: return nil
    }
  }

  /// Whether the scalar must be read back plain (numbers are only numbers when unquoted).
  var mustBePlain: Bool {
    if case .int = self { return true }
    return false
  }

  /// The YAML for the value inside a block (`flow` false) or inside `[…]`/`{…}` (`flow` true).
  func rendered(flow: Bool) -> String {
    switch self {
    case .string(let text): return YAMLQuoting.scalar(text, flow: flow)
    case .day(let day): return day.description
    case .int(let number): return String(number)
    case .mapping(let pairs):
      return "{"
        + pairs.map { "\(YAMLQuoting.key($0.key)): \($0.value.rendered(flow: true))" }
        .joined(separator: ", ") + "}"
    case .list(let items):
      return "[" + items.map { $0.rendered(flow: true) }.joined(separator: ", ") + "]"
    }
  }
}

/// One `key: value` of a ``FrontMatterValue/mapping(_:)``.
public struct FrontMatterField: Sendable, Hashable {
  /// The key.
  public let key: String
  /// The value (a scalar).
  public let value: FrontMatterValue

  /// Creates a field.
  public init(_ key: String, _ value: FrontMatterValue) {
    self.key = key
    self.value = value
  }
}
