/// The SOC 2 engagement of `isms.yml` `soc2`: the report type, the trust services categories in
/// scope, the period (Type II) or the as-of date (Type I) and the service auditor.
public struct SOC2Scope: Sendable, Hashable, Codable {
  /// The kind of SOC 2 report.
  public enum ReportType: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Type I: the design of the controls at one date.
    case type1 = 1
    /// Type II: the design and the operating effectiveness of the controls over a period.
    case type2 = 2

    /// `Type I`, `Type II`.
    public var name: String { self == .type1 ? "Type I" : "Type II" }
  }

  /// A trust services category, as `isms.yml` and the criteria catalog spell it.
  public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
    /// The common criteria (CC1–CC9); always in scope.
    case security
    /// A1.
    case availability
    /// C1.
    case confidentiality
    /// PI1.
    case processingIntegrity = "processing-integrity"
    /// P1–P8.
    case privacy

    /// `Processing integrity`.
    public var title: String {
      switch self {
      case .security: "Security"
      case .availability: "Availability"
      case .confidentiality: "Confidentiality"
      case .processingIntegrity: "Processing integrity"
      case .privacy: "Privacy"
      }
    }
  }

  /// The report type; `nil` when missing or not 1 or 2 (the schema reports it).
  @NullEncoded public var type: ReportType?
  /// The categories in scope, in catalog order; security is always one of them.
  public let categories: [Category]
  /// The first day of a Type II period.
  @NullEncoded public var periodStart: Day?
  /// The last day of a Type II period.
  @NullEncoded public var periodEnd: Day?
  /// The date of a Type I report.
  @NullEncoded public var asOf: Day?
  /// The service auditor (the CPA firm).
  @NullEncoded public var serviceAuditor: String?

  /// Reads `soc2` leniently: unknown categories are skipped (S1 reports them), security is added.
  public init(_ reader: FieldReader) {
    type = reader.int("type", in: 1...2).flatMap(ReportType.init(rawValue:))
    let named = Set(reader.strings("categories").compactMap(Category.init(rawValue:)))
    categories = Category.allCases.filter { $0 == .security || named.contains($0) }
    let period = reader.object("period")
    periodStart = period?.day("start")
    periodEnd = period?.day("end")
    asOf = reader.day("as_of")
    serviceAuditor = reader.string("service_auditor")
  }

  /// Creates a scope from values; security is added to `categories`.
  public init(
    type: ReportType?, categories: [Category], periodStart: Day? = nil, periodEnd: Day? = nil,
    asOf: Day? = nil,
    serviceAuditor: String? = nil
  ) {
    self.type = type
    self.categories = Category.allCases.filter { $0 == .security || categories.contains($0) }
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.asOf = asOf
    self.serviceAuditor = serviceAuditor
  }

  private enum CodingKeys: String, CodingKey {
    case type, categories
    case periodStart = "period_start"
    case periodEnd = "period_end"
    case asOf = "as_of"
    case serviceAuditor = "service_auditor"
  }

  /// Whether criteria of `category` (the catalog's spelling) are in scope.
  public func includes(category: String) -> Bool {
    Category(rawValue: category).map(categories.contains) ?? false
  }

  /// The Type II period, when both ends are written and in order.
  public var period: DayRange? {
    guard type == .type2, let periodStart, let periodEnd, periodStart < periodEnd else { return nil }
    return DayRange(start: periodStart, end: periodEnd)
  }

  /// `SOC 2 Type II, 2026-04-01 to 2026-09-30` or `SOC 2 Type I as of 2026-06-30`.
  public var summary: String {
    switch type {
    case .type2:
      "SOC 2 Type II, \(periodStart?.description ?? "?") to \(periodEnd?.description ?? "?")"
    case .type1: "SOC 2 Type I as of \(asOf?.description ?? "?")"
    case nil: "SOC 2 (report type not set)"
    }
  }
}
