/// Which documents of the ISMS go into a packet (the rulebook's audit packet contents), each rendered as its own page.
///
/// - Auditor packets hold every controlled document that is not retired (drafts are marked as
///   drafts), every SoA entry, risk and supplier, and the records: objectives, metrics,
///   competence, audits, findings, management reviews and certification cycles. A surveillance
///   packet keeps only records since the previous external audit (`since`), plus findings still
///   open and every objective and cycle.
/// - Customer packets hold approved controlled documents classified `public`, and nothing else.
public struct PacketSelection: Sendable {
  /// The records kinds, in the order the records page lists them.
  static let recordKinds: [DocumentKind] = [
    .cycle, .audit, .finding, .managementReview, .objective, .metric, .competence,
  ]

  /// Policies, procedures and plans, by path.
  public let controlled: [Document]
  /// SoA entries, by path.
  public let controls: [Document]
  /// Risks, by path.
  public let risks: [Document]
  /// Suppliers, by path.
  public let suppliers: [Document]
  /// Records of every kind, by path.
  public let records: [Document]
  /// Control activities, evidence and samples, by path (SOC 2 packets only).
  public let operation: [Document]

  /// The documents of `isms` a packet for `audience` of `kind` holds; `since` limits the records of
  /// a surveillance packet.
  public init(isms: ISMS, kind: PacketKind, audience: PacketAudience, since: Day?) {
    switch audience {
    case .customer:
      controlled = isms.documents.filter { document in
        guard let fields = document.controlled else { return false }
        return fields.classification == .public && fields.status == .approved
      }
      controls = []
      risks = []
      suppliers = []
      records = []
      operation = []
    case .auditor:
      controlled = isms.documents.filter { $0.kind.isControlled && $0.controlled?.status != .retired }
      controls = isms.documents(of: .control)
      risks = isms.documents(of: .risk)
      suppliers = isms.documents(of: .supplier)
      let limit = kind.limitsRecordsToBaseline ? since : nil
      records = isms.documents(of: Set(Self.recordKinds)).filter { Self.isRecent($0, since: limit) }
      operation = kind == .soc2 ? isms.documents(of: [.activity, .evidence, .sample]) : []
    }
  }

  /// Every selected document, by path in ``NaturalOrder`` (controls/A.5.2.md before A.5.10).
  public var all: [Document] {
    (controlled + controls + risks + suppliers + records + operation).sorted {
      NaturalOrder.precedes($0.path, $1.path)
    }
  }

  /// Whether any selected document is classified confidential.
  public var containsConfidential: Bool {
    all.contains { $0.controlled?.classification == .confidential }
  }

  /// The selected records of `kind`, by path.
  public func records(of kind: DocumentKind) -> [Document] { records.filter { $0.kind == kind } }

  /// Whether a record belongs in a packet covering the time from `since` on.
  static func isRecent(_ document: Document, since: Day?) -> Bool {
    guard let since else { return true }
    let fields = document.fields
    switch document.kind {
    case .cycle, .objective:
      return true
    case .finding:
      let open = !["closed", "void"].contains(fields.string("status") ?? "")
      let dates = ["raised_on", "implemented_on", "verified_on"].compactMap { fields.day($0) }
      return open || dates.contains { $0 >= since }
        || (document.findingRecord?.history ?? []).contains { ($0.on ?? since) >= since }
    case .audit:
      guard let last = document.audit?.end ?? document.audit?.start else { return true }
      return last >= since
    case .managementReview:
      return (fields.day("date") ?? since) >= since
    case .metric:
      return (fields.day("period_end") ?? since) >= since
    case .competence:
      return (fields.day("date") ?? since) >= since
    default:
      return true
    }
  }
}
