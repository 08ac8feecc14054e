/// A decision on one Annex A control, as `isms soa decide` and `isms soa import` write it into the
/// control's file: each field that is not `nil` is set, the others stay as they are.
public struct SoADecision: Sendable, Hashable {
  /// The control id, `A.5.15`.
  public let id: String
  /// Applicable or excluded (or back to undecided).
  public var applicability: Applicability?
  /// Why the control is included or excluded.
  public var justification: String?
  /// How far an applicable control is implemented.
  public var implementation: Implementation?
  /// The owner's person id.
  public var owner: String?

  /// Creates a decision; `nil` fields are left as they are.
  public init(
    id: String, applicability: Applicability? = nil, justification: String? = nil,
    implementation: Implementation? = nil, owner: String? = nil
  ) {
    self.id = id
    self.applicability = applicability
    self.justification = justification
    self.implementation = implementation
    self.owner = owner
  }

  /// The fields this decision changes in `entry` (the control as it is), in SoA column order;
  /// empty when it changes nothing.
  public func changes(from entry: SoAEntry?) -> [SoAFieldChange] {
    let pairs: [(String, String?, String?)] = [
      ("applicability", entry?.applicability?.rawValue ?? "undecided", applicability?.rawValue),
      ("justification", entry?.justification, justification),
      ("implementation", entry?.implementation?.rawValue, implementation?.rawValue),
      ("owner", entry?.owner, owner),
    ]
    return pairs.compactMap { field, old, new in
      guard let new, new != old else { return nil }
      return SoAFieldChange(field: field, from: old, to: new)
    }
  }

  /// The control's file with the changed fields set; comments, order and body stay.
  /// - Throws: ``FrontMatterEditError``.
  public func apply(to text: String, entry: SoAEntry?) throws -> String {
    let edits = changes(from: entry).map { FrontMatterEdit.set($0.field, .string($0.to ?? "")) }
    return try FrontMatterEditor.apply(edits, to: text)
  }
}

/// One field of a control that a decision changes.
public struct SoAFieldChange: Sendable, Hashable, Codable {
  /// The front-matter field.
  public let field: String
  /// The value before (`nil` when absent).
  @NullEncoded public var from: String?
  /// The value after.
  @NullEncoded public var to: String?

  /// `applicability: undecided → applicable`.
  public var summary: String { "\(field): \(from ?? "(none)") → \(to ?? "(none)")" }
}
