/// The fields of a `control` document: one Statement of Applicability entry.
public struct SoAEntry: Sendable, Hashable {
  /// The title as written (the catalog title is used when absent).
  public let title: String?
  /// Applicable, excluded or undecided.
  public let applicability: Applicability?
  /// Why it is included or excluded.
  public let justification: String?
  /// The justification customers may read (the trust pack never shows ``justification``).
  public let publicJustification: String?
  /// How far it is implemented (applicable controls).
  public let implementation: Implementation?
  /// The owner's person id.
  public let owner: String?
  /// Evidence descriptions.
  public let evidence: [String]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    title = reader.string("title")
    applicability = reader.value("applicability")
    justification = reader.string("justification")
    publicJustification = reader.string("public_justification")
    implementation = reader.value("implementation")
    owner = reader.string("owner")
    evidence = reader.strings("evidence")
  }
}
