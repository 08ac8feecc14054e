/// How far the ISMS covers the SOC 2 trust services criteria in scope, through the catalog
/// mapping (`soc2-to-iso27001-2022.tsv` and its clause companion): the design of the controls,
/// documented and approved.
///
/// A criterion is **covered** when every mapped Annex A control that is applicable is implemented
/// (at least one is applicable, unless the criterion maps to clauses only) and every mapped clause
/// is shown by an approved document or a done record (``ClauseEvidence``). It is **partial** when
/// some of that is in place or in progress but not all: one applicable control partly implemented
/// keeps it partial however many others are implemented. It is **uncovered** when mappings exist
/// but nothing is in place (also when every mapped control is excluded), and **soc2-only** when
/// nothing maps to it. Criteria of categories outside `isms.yml` `soc2.categories` are left out.
public struct SOC2Coverage: Sendable, Hashable, Encodable {
  /// How one criterion stands.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Everything mapped that applies is in place.
    case covered
    /// Some of what is mapped is in place or in progress, not all.
    case partial
    /// Mappings exist, but nothing mapped is in place: a gap.
    case uncovered
    /// No mapping at all: SOC 2-only evidence is needed.
    case soc2Only = "soc2-only"
  }

  /// A mapped Annex A control: its SoA decision and the approved documents that implement it.
  public struct Control: Sendable, Hashable, Encodable {
    /// The decision and status.
    public let decision: CoverageControl
    /// The approved policies, procedures and plans whose `controls` name it, sorted.
    public let documents: [String]
    /// The crosswalks behind the pair (`scf`, `adobe-ccf`, `cisco-ccf`).
    public let sources: [String]

    private enum CodingKeys: String, CodingKey {
      case id, title, applicability, implementation, documents, sources
    }

    /// Encodes the decision's keys beside the documents, `null` when absent.
    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(decision.id, forKey: .id)
      try container.encode(decision.title, forKey: .title)
      try container.encode(decision.applicability, forKey: .applicability)
      try container.encode(decision.implementation, forKey: .implementation)
      try container.encode(documents, forKey: .documents)
      try container.encode(sources, forKey: .sources)
    }
  }

  /// A clause a criterion maps to, with the approved documents and done records that show it.
  public struct Clause: Sendable, Hashable, Codable {
    /// The clause id, `9.2`.
    public let id: String
    /// The clause title.
    public let title: String
    /// Approved documents addressing it (ids, sorted).
    public let documents: [String]
    /// Done records showing it (ids, sorted): final management reviews for 9.3, …
    public let records: [String]
    /// The crosswalks behind the pair.
    public let sources: [String]

    /// Whether an approved document or a done record shows it.
    public var isShown: Bool { !documents.isEmpty || !records.isEmpty }
  }

  /// One criterion with what maps to it.
  public struct Criterion: Sendable, Hashable, Encodable {
    /// The criterion id, `CC6.1`.
    public let id: String
    /// Our short title.
    public let title: String
    /// security, availability, confidentiality, processing-integrity or privacy.
    public let category: String
    /// The series, `CC6`.
    public let series: String
    /// The mapped Annex A controls.
    public let controls: [Control]
    /// The mapped clauses.
    public let clauses: [Clause]
    /// The design status.
    public let status: Status
  }

  /// The counts per status.
  public struct Summary: Sendable, Hashable, Codable {
    /// Criteria in scope.
    public let criteria: Int
    /// Covered criteria.
    public let covered: Int
    /// Partly covered criteria.
    public let partial: Int
    /// Criteria with mappings but nothing in place.
    public let uncovered: Int
    /// Criteria without any mapping.
    public let soc2Only: Int

    private enum CodingKeys: String, CodingKey {
      case criteria, covered, partial, uncovered
      case soc2Only = "soc2_only"
    }
  }

  /// Always `soc2`.
  public let framework: String
  /// The engagement of `isms.yml`, `nil` when there is none (then every category is listed).
  @NullEncoded public var scope: SOC2Scope?
  /// The categories listed.
  public let categories: [String]
  /// Every criterion in scope, in catalog order.
  public let criteria: [Criterion]
  /// The counts.
  public let summary: Summary

  private enum CodingKeys: String, CodingKey { case framework, scope, categories, criteria, summary }

  /// Builds the coverage of `isms` against the SOC 2 criteria of `catalogs` in its scope.
  public init(isms: ISMS, catalogs: Catalogs) {
    let soa = Dictionary(
      SoAReport(isms: isms, catalogs: catalogs).rows.map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let evidence = ClauseEvidence(isms: isms)
    let documentsByControl = Self.approvedDocumentsByControl(isms)
    var controlsByCriterion: [String: [CatalogMapping]] = [:]
    for mapping in catalogs.soc2ToISO { controlsByCriterion[mapping.from, default: []].append(mapping) }
    var clausesByCriterion: [String: [CatalogMapping]] = [:]
    for mapping in catalogs.soc2ToISOClauses { clausesByCriterion[mapping.from, default: []].append(mapping) }
    framework = "soc2"
    let scope = isms.config?.soc2
    self.scope = scope
    categories = (scope?.categories ?? SOC2Scope.Category.allCases).map(\.rawValue)
    let criteria = catalogs.soc2Criteria.filter { scope?.includes(category: $0.category) ?? true }.map {
      criterion in
      let controls = (controlsByCriterion[criterion.id] ?? []).map {
        Control(
          decision: CoverageControl.from($0.to, soa: soa, catalogs: catalogs),
          documents: documentsByControl[$0.to] ?? [], sources: $0.sources)
      }
      let clauses = (clausesByCriterion[criterion.id] ?? []).map {
        Clause(
          id: $0.to, title: catalogs.clause($0.to)?.title ?? $0.to, documents: evidence.documents(for: $0.to),
          records: evidence.records(for: $0.to), sources: $0.sources)
      }
      return Criterion(
        id: criterion.id, title: criterion.title, category: criterion.category, series: criterion.series,
        controls: controls, clauses: clauses,
        status: Self.status(controls: controls.map(\.decision), clauses: clauses))
    }
    self.criteria = criteria
    let count = { (status: Status) in criteria.filter { $0.status == status }.count }
    summary = Summary(
      criteria: criteria.count, covered: count(.covered), partial: count(.partial),
      uncovered: count(.uncovered), soc2Only: count(.soc2Only))
  }

  /// The status of a criterion mapped to `controls` and `clauses` (the rule of the type's doc).
  static func status(controls: [CoverageControl], clauses: [Clause]) -> Status {
    if controls.isEmpty && clauses.isEmpty { return .soc2Only }
    let applicable = controls.filter { $0.applicability == "applicable" }
    let controlsInPlace =
      controls.isEmpty ? true : !applicable.isEmpty && applicable.allSatisfy(\.isEffective)
    if controlsInPlace && clauses.allSatisfy(\.isShown) { return .covered }
    if applicable.contains(where: { $0.isEffective || $0.isInProgress }) || clauses.contains(where: \.isShown)
    {
      return .partial
    }
    return .uncovered
  }

  /// The approved policies, procedures and plans naming each control in their `controls`.
  private static func approvedDocumentsByControl(_ isms: ISMS) -> [String: [String]] {
    var map: [String: Set<String>] = [:]
    for document in isms.documents {
      guard let fields = document.controlled, fields.status == .approved else { continue }
      for control in fields.controls { map[control, default: []].insert(document.id) }
    }
    return map.mapValues { NaturalOrder.sorted($0) }
  }
}
