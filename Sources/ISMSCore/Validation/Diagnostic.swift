/// How serious a ``Diagnostic`` is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
  /// A nonconformity or a broken document: `isms check` fails.
  case error
  /// Something to look at: overdue reviews, unfinished SoA, missing records while new.
  case warning

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// One problem found in the ISMS, with where it is and how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable, Comparable {
  /// Error or warning.
  public let severity: Severity
  /// The file, relative to the ISMS root (`isms.yml`, `policies/pol-001.md`).
  public let path: String
  /// The 1-based file line, when the problem is at one place.
  @NullEncoded public var line: Int?
  /// The front-matter field, dotted for nested fields (`inputs.audit_results`, `decisions[0].owner`).
  @NullEncoded public var field: String?
  /// What is wrong.
  public let message: String
  /// How to fix it, in the imperative.
  public let fix: String
  /// The rule broken: `schema`, `yaml`, `reference`, or a rulebook id such as `R42`.
  public let rule: String

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, path: String, line: Int? = nil, field: String? = nil, message: String, fix: String,
    rule: String
  ) {
    self.severity = severity
    self.path = path
    self.line = line
    self.field = field
    self.message = message
    self.fix = fix
    self.rule = rule
  }

  /// Deterministic order: path (``NaturalOrder``: A.5.2 before A.5.10), line (none first), field
  /// (none first), message, then the rest.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    if lhs.path != rhs.path { return NaturalOrder.precedes(lhs.path, rhs.path) }
    if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
    if lhs.field != rhs.field { return (lhs.field ?? "") < (rhs.field ?? "") }
    if lhs.message != rhs.message { return NaturalOrder.precedes(lhs.message, rhs.message) }
    if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.fix < rhs.fix
  }

  private enum CodingKeys: String, CodingKey {
    case severity, path, line, field, message, fix, rule
  }
}
