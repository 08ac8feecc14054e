/// The kind-specific fields of a document.
public enum DocumentContent: Sendable, Hashable {
  /// A policy, procedure or plan.
  case controlled(ControlledDocument)
  /// An SoA entry.
  case control(SoAEntry)
  /// A risk.
  case risk(RiskEntry)
  /// A supplier.
  case supplier(SupplierEntry)
  /// An objective.
  case objective(ObjectiveRecord)
  /// Competence evidence.
  case competence(CompetenceRecord)
  /// A measurement result.
  case metric(MetricRecord)
  /// Management review minutes.
  case managementReview(ManagementReviewRecord)
  /// A certification cycle.
  case cycle(CycleRecord)
  /// An audit.
  case audit(AuditRecord)
  /// A finding.
  case finding(FindingRecord)

  /// Reads the fields of `kind` leniently.
  public init(kind: DocumentKind, reader: FieldReader) {
    switch kind {
    case .policy, .procedure, .plan: self = .controlled(ControlledDocument(reader))
    case .control: self = .control(SoAEntry(reader))
    case .risk: self = .risk(RiskEntry(reader))
    case .supplier: self = .supplier(SupplierEntry(reader))
    case .objective: self = .objective(ObjectiveRecord(reader))
    case .competence: self = .competence(CompetenceRecord(reader))
    case .metric: self = .metric(MetricRecord(reader))
    case .managementReview: self = .managementReview(ManagementReviewRecord(reader))
    case .cycle: self = .cycle(CycleRecord(reader))
    case .audit: self = .audit(AuditRecord(reader))
    case .finding: self = .finding(FindingRecord(reader))
    }
  }
}

/// One ISMS document: a Markdown file with front-matter, read and typed.
public struct Document: Sendable, Hashable {
  /// The `id`.
  public let id: String
  /// The `kind`.
  public let kind: DocumentKind
  /// The `title`, when written.
  public let title: String?
  /// The file, relative to the ISMS root.
  public let path: String
  /// The raw front-matter entries with their lines, in file order (for diffs of fields).
  public let frontMatter: [YAMLEntry]
  /// The Markdown body.
  public let body: String
  /// The file line on which the body starts.
  public let bodyFirstLine: Int
  /// The record status (`draft` or `final`) for record kinds.
  public let recordStatus: RecordStatus?
  /// The record this one corrects, when any.
  public let corrects: String?
  /// The kind-specific fields.
  public let content: DocumentContent
  /// Every reference written in the front-matter.
  public let references: [ReferenceUse]

  /// Creates a document.
  public init(
    id: String, kind: DocumentKind, path: String, frontMatter: [YAMLEntry], body: String, bodyFirstLine: Int,
    references: [ReferenceUse]
  ) {
    let reader = FieldReader(frontMatter)
    self.id = id
    self.kind = kind
    self.title = reader.string("title")
    self.path = path
    self.frontMatter = frontMatter
    self.body = body
    self.bodyFirstLine = bodyFirstLine
    self.recordStatus = kind.isRecord ? reader.value("status") : nil
    self.corrects = reader.string("corrects")
    self.content = DocumentContent(kind: kind, reader: reader)
    self.references = references
  }

  /// The fields as a ``FieldReader``.
  public var fields: FieldReader { FieldReader(frontMatter) }

  /// The line of top-level `field`, when present.
  public func line(of field: String) -> Int? { fields.line(of: field) }

  /// The controlled-document fields, when a policy, procedure or plan.
  public var controlled: ControlledDocument? {
    if case .controlled(let value) = content { return value }
    return nil
  }

  /// The SoA entry, when a control.
  public var soaEntry: SoAEntry? {
    if case .control(let value) = content { return value }
    return nil
  }

  /// The risk fields, when a risk.
  public var risk: RiskEntry? {
    if case .risk(let value) = content { return value }
    return nil
  }

  /// The supplier fields, when a supplier.
  public var supplier: SupplierEntry? {
    if case .supplier(let value) = content { return value }
    return nil
  }

  /// The audit fields, when an audit.
  public var audit: AuditRecord? {
    if case .audit(let value) = content { return value }
    return nil
  }
}
