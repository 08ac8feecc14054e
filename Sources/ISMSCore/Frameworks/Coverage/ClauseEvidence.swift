/// What shows that a clause of ISO/IEC 27001:2022 is in place, for SOC 2 coverage: approved
/// documents that name it in `clauses` or `mandatory`, and the records the clause asks for.
///
/// Drafts do not count (a fresh `isms init` addresses every clause with drafts), and records
/// count only when done: a final management review covers 9.3, an internal audit reported or
/// closed covers 9.2, final metrics 9.1, final objectives 6.2, final competence records 7.2,
/// closed findings 10.2.
struct ClauseEvidence {
  /// The record kinds that show a clause operates, with the clause each shows.
  static let recordClauses: [(kind: DocumentKind, clause: String)] = [
    (.objective, "6.2"), (.competence, "7.2"), (.metric, "9.1"), (.audit, "9.2"),
    (.managementReview, "9.3"), (.finding, "10.2"),
  ]

  private let documents: ClauseAddressing
  private let records: [String: [String]]

  /// Collects the approved documents and the done records of `isms`.
  init(isms: ISMS) {
    documents = ClauseAddressing(isms: isms, approvedOnly: true)
    var records: [String: [String]] = [:]
    for (kind, clause) in Self.recordClauses {
      records[clause] = NaturalOrder.sorted(isms.documents(of: kind).filter(Self.isDone).map(\.id))
    }
    self.records = records
  }

  /// The approved documents addressing `clause`, a sub-clause or its parent, sorted.
  func documents(for clause: String) -> [String] { documents.documents(for: clause) }

  /// The done records that show `clause`, a sub-clause or its parent, sorted.
  func records(for clause: String) -> [String] {
    var found: Set<String> = []
    for (listed, ids) in records
    where listed == clause || listed.hasPrefix(clause + ".") || clause.hasPrefix(listed + ".") {
      found.formUnion(ids)
    }
    return NaturalOrder.sorted(found)
  }

  private static func isDone(_ record: Document) -> Bool {
    switch record.kind {
    case .audit:
      guard let audit = record.audit else { return false }
      return audit.type == .internal && (audit.status == "reported" || audit.status == "closed")
    case .finding:
      return record.fields.string("status") == "closed"
    default:
      return record.recordStatus == .final
    }
  }
}
