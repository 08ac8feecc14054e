/// Who may approve and review which document (R35, R37, R38).
public enum ApprovalRules {
  /// The role whose holder approves `document`: top management for the information security
  /// policy (R37), else its `approver_role` (R35); `nil` for documents that are not controlled.
  public static func requiredRole(for document: Document) -> Role? {
    guard let fields = document.controlled else { return nil }
    if fields.mandatory.contains(.securityPolicy) { return .topManagement }
    return fields.approverRole
  }

  /// The rule that names the approver's role: R37 for the information security policy, else R35.
  public static func roleRule(for document: Document) -> String {
    document.controlled?.mandatory.contains(.securityPolicy) == true ? "R37" : "R35"
  }

  /// The people holding `role`, excluding anyone whose e-mail is among `authors`, sorted by id.
  public static func approvers(holding role: Role, in config: ISMSConfig?, excluding authors: [Identity])
    -> [Person]
  {
    let excluded = Set(authors.map { $0.email.lowercased() })
    return (config?.people ?? []).filter { $0.holds(role) && !excluded.contains($0.email.lowercased()) }
      .sorted { $0.id < $1.id }
  }

  /// The review interval in months that applies to `document`.
  public static func interval(for document: Document, config: ISMSConfig?) -> Int {
    let own: Int?
    switch document.content {
    case .controlled(let fields): own = fields.reviewInterval
    case .risk(let fields): own = fields.reviewInterval
    case .supplier(let fields): own = fields.reviewInterval
    default: own = nil
    }
    return own ?? config?.reviewInterval(for: document.kind) ?? ISMSConfig.defaultReviewInterval
  }

  /// `mweber holds top-management, ciso` or `mweber holds no role`.
  static func describeRoles(of person: Person) -> String {
    person.roles.isEmpty
      ? "\(person.id) holds no role"
      : "\(person.id) holds " + person.roles.map(\.rawValue).joined(separator: ", ")
  }
}
