/// One Annex A control as a coverage report shows it: its SoA decision and whether it counts.
public struct CoverageControl: Sendable, Hashable, Codable {
  /// The control id, `A.5.15`.
  public let id: String
  /// The catalog title.
  public let title: String
  /// applicable, excluded, undecided, or missing when the control has no file.
  public let applicability: String
  /// The implementation status, when written.
  @NullEncoded public var implementation: String?

  private enum CodingKeys: String, CodingKey { case id, title, applicability, implementation }

  /// Whether the control is applicable and fully implemented: it covers what maps to it.
  public var isEffective: Bool { applicability == "applicable" && implementation == "implemented" }

  /// Whether the control is applicable but only partly implemented or planned.
  public var isInProgress: Bool {
    applicability == "applicable" && (implementation == "partial" || implementation == "planned")
  }

  /// The status of `id` in `soa`, with the catalog title.
  static func from(_ id: String, soa: [String: SoAReport.Row], catalogs: Catalogs) -> CoverageControl {
    let row = soa[id]
    return CoverageControl(
      id: id, title: catalogs.control(id)?.title ?? id, applicability: row?.applicability ?? "missing",
      implementation: row?.implementation)
  }
}

/// Which documents address which clauses of ISO/IEC 27001:2022.
struct ClauseAddressing {
  private let documentsByClause: [String: Set<String>]

  /// Collects `clauses` and `mandatory` of every policy, procedure and plan that is not retired
  /// (with `approvedOnly`, that is approved).
  init(isms: ISMS, approvedOnly: Bool = false) {
    var map: [String: Set<String>] = [:]
    for document in isms.documents where document.kind.isControlled {
      guard let fields = document.controlled, fields.status != .retired else { continue }
      if approvedOnly, fields.status != .approved { continue }
      // A mandatory document's clause may carry a list item ("6.1.3 d"); the clause id is its first word.
      let mandatory = fields.mandatory.compactMap { $0.clause.split(separator: " ").first.map(String.init) }
      for clause in fields.clauses + mandatory {
        map[clause, default: []].insert(document.id)
      }
    }
    documentsByClause = map
  }

  /// The ids of the documents that address `clause`, one of its sub-clauses or its parent clause, sorted.
  func documents(for clause: String) -> [String] {
    var found: Set<String> = []
    for (listed, ids) in documentsByClause
    where listed == clause || listed.hasPrefix(clause + ".") || clause.hasPrefix(listed + ".") {
      found.formUnion(ids)
    }
    return NaturalOrder.sorted(found)
  }
}
