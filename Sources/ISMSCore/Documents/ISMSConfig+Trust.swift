/// What only the company knows about its customer trust pack: `trust:` in `isms.yml`, and the
/// SOC 2 examination of `soc2:` when one is configured.
public struct TrustSettings: Sendable, Hashable {
  /// One SOC 2 report the company can share.
  public struct SOC2Report: Sendable, Hashable {
    /// Type 1 or 2.
    public let type: Int?
    /// The first day of the period (type 2).
    public let periodStart: Day?
    /// The last day of the period (type 2).
    public let periodEnd: Day?
    /// The day of a type 1 report.
    public let asOf: Day?
    /// The service auditor.
    public let auditor: String?
    /// How customers obtain it ("under NDA on request").
    public let availability: String?
  }

  /// Where customers send security questions.
  public let contact: String?
  /// The person who approved the trust pack's content.
  public let approvedBy: String?
  /// When.
  public let approvedOn: Day?
  /// The SOC 2 reports issued, from `trust.soc2_reports`, then the examination `soc2:` describes.
  public let soc2Reports: [SOC2Report]

  /// Reads `trust:` of `config` leniently, and takes the examination from its ``ISMSConfig/soc2``.
  public init(_ config: ISMSConfig?) {
    let root = FieldReader(config?.fields ?? [])
    let trust = root.object("trust")
    contact = trust?.string("contact")
    approvedBy = trust?.string("approved_by")
    approvedOn = trust?.day("approved_on")
    var reports = (trust?.objects("soc2_reports") ?? []).map { report in
      SOC2Report(
        type: report.int("type", in: NumberLimits.soc2Type), periodStart: report.day("period_start"),
        periodEnd: report.day("period_end"), asOf: report.day("as_of"), auditor: report.string("auditor"),
        availability: report.string("availability"))
    }
    if let scope = config?.soc2 {
      let examination = SOC2Report(
        type: scope.type?.rawValue, periodStart: scope.periodStart, periodEnd: scope.periodEnd,
        asOf: scope.asOf, auditor: scope.serviceAuditor, availability: nil)
      if !reports.contains(where: {
        $0.type == examination.type && $0.periodEnd == examination.periodEnd && $0.asOf == examination.asOf
      }) {
        reports.append(examination)
      }
    }
    soc2Reports = reports
  }
}
