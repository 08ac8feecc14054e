/// How far the ISMS covers the SOC 2 trust services criteria, through the catalog mappings.
public struct SOC2Coverage: Sendable, Hashable, Codable {
  /// How one criterion stands.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// A mapped control is applicable and implemented, or every mapped clause is addressed.
    case covered
    /// A mapped control is applicable but only partly implemented or planned.
    case partial
    /// Mappings exist, but nothing mapped is in place: a gap.
    case uncovered
    /// No mapping at all: SOC 2-only evidence is needed.
    case soc2Only = "soc2-only"
  }

  /// A clause a criterion maps to and the documents that address it.
  public struct Clause: Sendable, Hashable, Codable {
    /// The clause id, `9.2`.
    public let id: String
    /// The clause title.
    public let title: String
    /// Documents addressing it (ids, sorted).
    public let documents: [String]
  }

  /// One criterion with what maps to it.
  public struct Criterion: Sendable, Hashable, Codable {
    /// The criterion id, `CC6.1`.
    public let id: String
    /// Our short title.
    public let title: String
    /// security, availability, confidentiality, processing-integrity or privacy.
    public let category: String
    /// The series, `CC6`.
    public let series: String
    /// The mapped Annex A controls.
    public let controls: [CoverageControl]
    /// The mapped clauses.
    public let clauses: [Clause]
    /// The resulting status.
    public let status: Status
  }

  /// The counts per status.
  public struct Summary: Sendable, Hashable, Codable {
    /// Criteria in total.
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
  /// Every criterion in catalog order.
  public let criteria: [Criterion]
  /// The counts.
  public let summary: Summary

  /// Builds the coverage of `isms` against the SOC 2 criteria of `catalogs`.
  public init(isms: ISMS, catalogs: Catalogs) {
    let soa = Dictionary(
      SoAReport(isms: isms, catalogs: catalogs).rows.map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let addressing = ClauseAddressing(isms: isms)
    var controlsByCriterion: [String: [String]] = [:]
    for mapping in catalogs.soc2ToISO { controlsByCriterion[mapping.from, default: []].append(mapping.to) }
    var clausesByCriterion: [String: [String]] = [:]
    for mapping in catalogs.soc2ToISOClauses {
      clausesByCriterion[mapping.from, default: []].append(mapping.to)
    }
    framework = "soc2"
    let criteria = catalogs.soc2Criteria.map { criterion in
      let controls = (controlsByCriterion[criterion.id] ?? []).map {
        CoverageControl.from($0, soa: soa, catalogs: catalogs)
      }
      let clauses = (clausesByCriterion[criterion.id] ?? []).map {
        Clause(id: $0, title: catalogs.clause($0)?.title ?? $0, documents: addressing.documents(for: $0))
      }
      return Criterion(
        id: criterion.id, title: criterion.title, category: criterion.category, series: criterion.series,
        controls: controls, clauses: clauses, status: Self.status(controls: controls, clauses: clauses))
    }
    self.criteria = criteria
    let count = { (status: Status) in criteria.filter { $0.status == status }.count }
    summary = Summary(
      criteria: criteria.count, covered: count(.covered), partial: count(.partial),
      uncovered: count(.uncovered),
      soc2Only: count(.soc2Only))
  }

  private static func status(controls: [CoverageControl], clauses: [Clause]) -> Status {
    if controls.isEmpty && clauses.isEmpty { return .soc2Only }
    if controls.contains(where: \.isEffective) { return .covered }
    if controls.contains(where: \.isInProgress) { return .partial }
    if controls.isEmpty, clauses.allSatisfy({ !$0.documents.isEmpty }) { return .covered }
    if clauses.contains(where: { !$0.documents.isEmpty }) { return .partial }
    return .uncovered
  }
}
