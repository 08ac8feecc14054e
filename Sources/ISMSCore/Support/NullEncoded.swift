/// An optional property that `Encodable` writes as an explicit `null` when absent, instead of
/// leaving its key out, so that a JSON report has the same keys on every row.
///
/// Synthesized `Codable` stays in charge of everything else (the keys, their order, the other
/// properties); a missing key or `null` decodes as `nil`.
@propertyWrapper
public struct NullEncoded<Value> {
  /// The value.
  public var wrappedValue: Value?

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
}

extension NullEncoded: Sendable where Value: Sendable {}
extension NullEncoded: Equatable where Value: Equatable {}
extension NullEncoded: Hashable where Value: Hashable {}

extension NullEncoded: Encodable where Value: Encodable {
  /// The value, or `null`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(wrappedValue)
  }
}

extension NullEncoded: Decodable where Value: Decodable {
  /// The value, or `nil` for `null`.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
  }
}

extension KeyedDecodingContainer {
  /// A ``NullEncoded`` property whose key is missing is `nil`, as a plain optional's would be.
  public func decode<Value: Decodable>(_ type: NullEncoded<Value>.Type, forKey key: Key) throws
    -> NullEncoded<Value>
  {
    NullEncoded(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
  }
}
