/// Lenient typed access to a YAML mapping: returns `nil` for absent or mistyped values (the
/// ``SchemaChecker`` reports those), so typed documents can be built from imperfect input.
public struct FieldReader: Sendable {
  /// The entries read.
  public let entries: [YAMLEntry]

  /// Wraps mapping entries.
  public init(_ entries: [YAMLEntry]) { self.entries = entries }

  /// The raw node of `key`, `nil` when absent or null.
  public func node(_ key: String) -> YAMLNode? {
    guard let node = entries.first(where: { $0.key == key })?.value, !node.isNull else { return nil }
    return node
  }

  /// The line of `key`, when present.
  public func line(of key: String) -> Int? { entries.first { $0.key == key }?.line }

  /// The non-blank text of `key`.
  public func string(_ key: String) -> String? {
    guard let text = node(key)?.text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
  }

  /// The whole number of `key` (plain scalars only), `nil` outside `range` (the schema's range,
  /// which ``SchemaChecker`` reports), so no out-of-range input reaches arithmetic.
  public func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard case .scalar(let text, true, _)? = node(key), let number = Int(text), range.contains(number) else {
      return nil
    }
    return number
  }

  /// The date of `key`.
  public func day(_ key: String) -> Day? { string(key).flatMap { Day($0) } }

  /// The value of `key` as one of `T`'s cases.
  public func value<T: RawRepresentable>(_ key: String, as type: T.Type = T.self) -> T?
  where T.RawValue == String {
    string(key).flatMap(T.init(rawValue:))
  }

  /// The texts of a list field (a single scalar counts as a one-element list).
  public func strings(_ key: String) -> [String] {
    guard let node = node(key) else { return [] }
    if let elements = node.elements { return elements.compactMap(\.text) }
    return node.text.map { [$0] } ?? []
  }

  /// The nested mapping of `key`.
  public func object(_ key: String) -> FieldReader? { node(key)?.entries.map(FieldReader.init) }

  /// The mappings of a list field.
  public func objects(_ key: String) -> [FieldReader] {
    node(key)?.elements?.compactMap { $0.entries.map(FieldReader.init) } ?? []
  }
}
