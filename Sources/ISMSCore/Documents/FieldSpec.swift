/// What a front-matter value refers to; checked against the ISMS after every document is read.
public enum ReferenceKind: String, Sendable, Hashable, Codable {
  /// A person id of `isms.yml` `people`.
  case person
  /// The id of any document.
  case document
  /// An Annex A control id of the configured framework.
  case control
  /// A clause id of ISO/IEC 27001:2022 (`4.1` … `10.2`).
  case clause
  /// A clause or an Annex A control (a finding's `requirement`).
  case requirement
  /// The id of a `risk` document.
  case risk
  /// The id of an `audit` document.
  case audit
  /// The id of a `cycle` document.
  case cycle
  /// The id of an `objective` document.
  case objective
  /// The id of an `activity` document.
  case activity
}

/// The type a front-matter value must have.
public indirect enum FieldType: Sendable {
  /// A non-empty string; numbers, `yes` and `no` are kept as written.
  case text
  /// A document id: `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`.
  case identifier
  /// A whole number within `range`: every number has bounds, so none can overflow (see
  /// ``NumberLimits``).
  case integer(ClosedRange<Int>)
  /// A date `YYYY-MM-DD` that exists, quoted or not.
  case day
  /// A version `MAJOR.MINOR`, quoted or not (`2.0` unquoted keeps its text).
  case version
  /// One of the listed words.
  case choice([String])
  /// A sequence of values of one type; a single value is read as a one-element list.
  case list(FieldType)
  /// A mapping with its own field table.
  case object([FieldSpec])
  /// A mapping from free keys to values of one type.
  case dictionary(FieldType)

  /// A short name for messages: `a date (YYYY-MM-DD)`.
  public var summary: String {
    switch self {
    case .text: return "text"
    case .identifier: return "an id (letters, digits, `.`, `_`, `-`)"
    case .integer(let range):
      return "a whole number from \(range.lowerBound) to \(range.upperBound)"
    case .day: return "a date (YYYY-MM-DD)"
    case .version: return "a version \"MAJOR.MINOR\""
    case .choice(let words): return "one of " + words.joined(separator: ", ")
    case .list(let element): return "a list of \(element.summary)"
    case .object: return "a mapping"
    case .dictionary: return "a mapping"
    }
  }
}

/// One row of a schema table: a field, its type, whether it is always required, and what it refers to.
public struct FieldSpec: Sendable {
  /// The key.
  public let name: String
  /// The value type.
  public let type: FieldType
  /// Whether the field is required in every document of the kind; conditional requirements
  /// (for example `approved_by` once approved) are rules of the validator.
  public let required: Bool
  /// What the value (or each list element) refers to, if anything.
  public let reference: ReferenceKind?

  /// Creates a field specification.
  public init(_ name: String, _ type: FieldType, required: Bool = false, reference: ReferenceKind? = nil) {
    self.name = name
    self.type = type
    self.required = required
    self.reference = reference
  }
}
