/// One reference written in a document: a value that must name something that exists.
public struct ReferenceUse: Sendable, Hashable, Codable {
  /// What the value must name.
  public let kind: ReferenceKind
  /// The value as written.
  public let value: String
  /// The file line of the value.
  public let line: Int
  /// The field, dotted for nested fields.
  public let field: String
}
