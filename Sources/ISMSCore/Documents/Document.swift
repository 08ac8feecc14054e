import Foundation

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
  /// A questionnaire answer.
  case answer(AnswerEntry)
  /// A supplier's assurance record.
  case assurance(AssuranceRecord)
  /// A supplier review.
  case supplierReview(SupplierReviewRecord)
  /// A control activity.
  case activity(ControlActivity)
  /// Evidence of one operation.
  case evidence(EvidenceRecord)
  /// A sample.
  case sample(SampleRecord)

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
    case .answer: self = .answer(AnswerEntry(reader))
    case .assurance: self = .assurance(AssuranceRecord(reader))
    case .supplierReview: self = .supplierReview(SupplierReviewRecord(reader))
    case .activity: self = .activity(ControlActivity(reader))
    case .evidence: self = .evidence(EvidenceRecord(reader))
    case .sample: self = .sample(SampleRecord(reader))
    }
  }
}

/// One ISMS document: a Markdown file with front-matter, read and typed.
///
/// A value type whose fields live in one shared, immutable box, so that copying a document (into
/// arrays, dictionaries, filters) costs one reference count instead of a dozen.
public struct Document: Sendable, Hashable {
  private let storage: Storage

  /// The `id`.
  public var id: String { storage.id }
  /// The `kind`.
  public var kind: DocumentKind { storage.kind }
  /// The `title`, when written.
  public var title: String? { storage.title }
  /// The file, relative to the ISMS root.
  public var path: String { storage.path }
  /// The raw front-matter entries with their lines, in file order (for diffs of fields).
  public var frontMatter: [YAMLEntry] { storage.frontMatter }
  /// The Markdown body (empty when the ISMS was loaded without bodies, see ``ISMS/load(from:bodies:)``,
  /// or the body was dropped, see ``withoutBody()``).
  public var body: String { storage.body }
  /// The SHA-256 of the body, kept when the body is dropped: what versions of a document compare
  /// (``SignificantContent``, ``DocumentLog``) when only whether the body changed matters.
  public var bodyFingerprint: String { storage.bodyFingerprint ?? Self.fingerprint(of: body) }
  /// Whether ``body`` is the text, not dropped for its fingerprint (``withoutBody()``).
  var hasBodyText: Bool { storage.bodyFingerprint == nil }
  /// The file line on which the body starts.
  public var bodyFirstLine: Int { storage.bodyFirstLine }
  /// The record status (`draft` or `final`) for record kinds.
  public var recordStatus: RecordStatus? { storage.recordStatus }
  /// The record this one corrects, when any.
  public var corrects: String? { storage.corrects }
  /// The kind-specific fields.
  public var content: DocumentContent { storage.content }
  /// Every reference written in the front-matter.
  public var references: [ReferenceUse] { storage.references }

  /// Creates a document.
  public init(
    id: String, kind: DocumentKind, path: String, frontMatter: [YAMLEntry], body: String, bodyFirstLine: Int,
    references: [ReferenceUse]
  ) {
    let reader = FieldReader(frontMatter)
    storage = Storage(
      id: id, kind: kind, title: reader.string("title"), path: path, frontMatter: frontMatter, body: body,
      bodyFirstLine: bodyFirstLine, recordStatus: kind.isRecord ? reader.value("status") : nil,
      corrects: reader.string("corrects"), content: DocumentContent(kind: kind, reader: reader),
      references: references)
  }

  /// The document without its body but with its ``bodyFingerprint``: an old version kept only to
  /// compare with others takes a tenth of the memory.
  public func withoutBody() -> Document {
    withoutBody(fingerprint: bodyFingerprint)
  }

  /// The document without its body, whose fingerprint is `fingerprint`.
  func withoutBody(fingerprint: String) -> Document {
    Document(
      storage: Storage(
        id: id, kind: kind, title: title, path: path, frontMatter: frontMatter, body: "",
        bodyFirstLine: bodyFirstLine, recordStatus: recordStatus, corrects: corrects, content: content,
        references: references, bodyFingerprint: fingerprint))
  }

  private init(storage: Storage) {
    self.storage = storage
  }

  /// Whether two versions (a missing one has an empty body) have the same body; by the texts
  /// while both have them, else by their fingerprints.
  static func sameBody(_ lhs: Document?, _ rhs: Document?) -> Bool {
    if lhs?.storage.bodyFingerprint == nil && rhs?.storage.bodyFingerprint == nil {
      return (lhs?.body ?? "") == (rhs?.body ?? "")
    }
    let empty = fingerprint(of: "")
    return (lhs?.bodyFingerprint ?? empty) == (rhs?.bodyFingerprint ?? empty)
  }

  /// The ``bodyFingerprint`` of `body`.
  static func fingerprint(of body: String) -> String { PacketDigest.sha256(Data(body.utf8)) }

  public static func == (lhs: Document, rhs: Document) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(storage.fields) }

  /// The fields of a document, immutable once built.
  private final class Storage: Sendable {
    let id: String
    let kind: DocumentKind
    let title: String?
    let path: String
    let frontMatter: [YAMLEntry]
    let body: String
    let bodyFirstLine: Int
    let recordStatus: RecordStatus?
    let corrects: String?
    let content: DocumentContent
    let references: [ReferenceUse]
    let bodyFingerprint: String?

    init(
      id: String, kind: DocumentKind, title: String?, path: String, frontMatter: [YAMLEntry], body: String,
      bodyFirstLine: Int, recordStatus: RecordStatus?, corrects: String?, content: DocumentContent,
      references: [ReferenceUse], bodyFingerprint: String? = nil
    ) {
      self.id = id
      self.kind = kind
      self.title = title
      self.path = path
      self.frontMatter = frontMatter
      self.body = body
      self.bodyFirstLine = bodyFirstLine
      self.recordStatus = recordStatus
      self.corrects = corrects
      self.content = content
      self.references = references
      self.bodyFingerprint = bodyFingerprint
    }

    /// Every field, for equality and hashing (the derived ones follow from the others).
    var fields: Fields {
      Fields(
        id: id, kind: kind, path: path, frontMatter: frontMatter, body: body, bodyFirstLine: bodyFirstLine,
        references: references, bodyFingerprint: bodyFingerprint)
    }
  }

  private struct Fields: Hashable {
    let id: String
    let kind: DocumentKind
    let path: String
    let frontMatter: [YAMLEntry]
    let body: String
    let bodyFirstLine: Int
    let references: [ReferenceUse]
    let bodyFingerprint: String?
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
