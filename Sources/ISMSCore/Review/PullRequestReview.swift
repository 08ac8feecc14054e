/// What a pull request changes in the ISMS and which rules it breaks, for its reviewer.
///
/// Per-document work reads only the changed files; the head's validation is given in
/// ``PullRequestInput`` (see ``PullRequestValidation``).
public struct PullRequestReview: Sendable, Encodable {
  /// A front-matter field that changed: `old → new` in compact YAML, `nil` when absent.
  public struct FieldChange: Sendable, Hashable, Encodable {
    /// The field.
    public let field: String
    /// The base value.
    public let old: String?
    /// The head value.
    public let new: String?

    private enum CodingKeys: String, CodingKey { case field, old, new }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(field, forKey: .field)
      try container.encode(old, forKey: .old)
      try container.encode(new, forKey: .new)
    }
  }

  /// One changed document.
  public struct DocumentChange: Sendable, Encodable {
    /// The path in the head (the old path when deleted).
    public let path: String
    /// The base path, for renames.
    public let oldPath: String?
    /// `added`, `modified`, `deleted` or `renamed`.
    public let status: ChangedFile.Status
    /// The document id.
    public let id: String?
    /// The kind.
    public let kind: DocumentKind?
    /// The title.
    public let title: String?
    /// The fields that changed.
    public let fields: [FieldChange]
    /// Whether the body changed.
    public let bodyChanged: Bool
    /// The approval state after the change: `needed`, `approved_in_change`, or `nil` when none is needed.
    public let approval: String?

    private enum CodingKeys: String, CodingKey {
      case path, status, id, kind, title, fields, approval
      case oldPath = "old_path"
      case bodyChanged = "body_changed"
    }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
      try container.encode(oldPath, forKey: .oldPath)
      try container.encode(status, forKey: .status)
      try container.encode(id, forKey: .id)
      try container.encode(kind, forKey: .kind)
      try container.encode(title, forKey: .title)
      try container.encode(fields, forKey: .fields)
      try container.encode(bodyChanged, forKey: .bodyChanged)
      try container.encode(approval, forKey: .approval)
    }
  }

  /// An SoA applicability decision that changed.
  public struct ApplicabilityChange: Sendable, Hashable, Encodable {
    /// The control id.
    public let control: String
    /// The base applicability (`nil` when the file is new).
    public let old: String?
    /// The head applicability (`nil` when the file is gone).
    public let new: String?

    private enum CodingKeys: String, CodingKey { case control, old, new }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(control, forKey: .control)
      try container.encode(old, forKey: .old)
      try container.encode(new, forKey: .new)
    }
  }

  /// A risk whose level (likelihood × impact) or residual level changed.
  public struct RiskChange: Sendable, Hashable, Encodable {
    /// The risk id.
    public let id: String
    /// The base level.
    public let oldLevel: Int?
    /// The head level.
    public let newLevel: Int?
    /// The base residual level.
    public let oldResidual: Int?
    /// The head residual level.
    public let newResidual: Int?

    private enum CodingKeys: String, CodingKey {
      case id
      case oldLevel = "old_level"
      case newLevel = "new_level"
      case oldResidual = "old_residual"
      case newResidual = "new_residual"
    }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(oldLevel, forKey: .oldLevel)
      try container.encode(newLevel, forKey: .newLevel)
      try container.encode(oldResidual, forKey: .oldResidual)
      try container.encode(newResidual, forKey: .newResidual)
    }
  }

  /// A broken rule (`error`) or a warning, in a file of the head.
  public struct Finding: Sendable, Hashable, Encodable {
    /// `error` or `warning`.
    public let severity: Severity
    /// The rule.
    public let rule: String
    /// The file, relative to the ISMS root.
    public let path: String
    /// The line, when known.
    public let line: Int?
    /// What is wrong and what to do.
    public let message: String

    private enum CodingKeys: String, CodingKey { case severity, rule, path, line, message }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(severity, forKey: .severity)
      try container.encode(rule, forKey: .rule)
      try container.encode(path, forKey: .path)
      try container.encode(line, forKey: .line)
      try container.encode(message, forKey: .message)
    }
  }

  /// An approval the change needs.
  public struct ApprovalNeeded: Sendable, Hashable, Encodable {
    /// The document id (or `isms.yml`).
    public let document: String
    /// Its file.
    public let path: String
    /// The role whose holder approves.
    public let role: Role
    /// The people who may approve (holding the role, not authors of the change), by id.
    public let people: [String]
    /// Their forge handles (`@handle`), for those who have one.
    public let handles: [String]
  }

  /// The changed documents, by path.
  public var documents: [DocumentChange] = []
  /// SoA applicability changes, by control.
  public var applicability: [ApplicabilityChange] = []
  /// Risk level changes, by id.
  public var risks: [RiskChange] = []
  /// Broken rules and warnings, errors first, by path.
  public var findings: [Finding] = []
  /// The approvals the change needs, by document.
  public var approvals: [ApprovalNeeded] = []
  /// The authors of the change (e-mail addresses).
  public var authors: [String] = []

  /// Whether no rule is broken.
  public var passed: Bool { !findings.contains { $0.severity == .error } }

  private enum CodingKeys: String, CodingKey {
    case documents, applicability, risks, findings, approvals, authors, passed
  }

  /// Encodes every key.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(documents, forKey: .documents)
    try container.encode(applicability, forKey: .applicability)
    try container.encode(risks, forKey: .risks)
    try container.encode(findings, forKey: .findings)
    try container.encode(approvals, forKey: .approvals)
    try container.encode(authors, forKey: .authors)
    try container.encode(passed, forKey: .passed)
  }
}
