/// The fields of an `assurance` document (`suppliers/assurance/ASR-NNN.md`): one certificate,
/// report, bridge letter or other attestation a supplier gave us.
public struct AssuranceRecord: Sendable, Hashable {
  /// What kind of assurance a record holds.
  public enum AssuranceType: String, Sendable, Hashable, CaseIterable {
    /// An ISO/IEC 27001 certificate.
    case iso27001
    /// A SOC 2 report (type 1 or 2).
    case soc2
    /// A bridge (gap) letter extending a SOC 2 report's period.
    case bridgeLetter = "bridge-letter"
    /// A penetration test summary.
    case pentest
    /// Any other attestation (another certificate, an audit letter).
    case other
  }

  /// A SOC 2 auditor's opinion.
  public enum Opinion: String, Sendable, Hashable, CaseIterable {
    /// Clean.
    case unqualified
    /// With exceptions severe enough to qualify it.
    case qualified
    /// The controls do not meet the criteria.
    case adverse
    /// The auditor gave no opinion.
    case disclaimer
  }

  /// How a SOC 2 report treats a subservice organisation's controls.
  public enum SubserviceMethod: String, Sendable, Hashable, CaseIterable {
    /// Excluded from the report: its own report must be obtained.
    case carveOut = "carve-out"
    /// Included in the report's scope.
    case inclusive
  }

  /// A subservice organisation named in a SOC 2 report.
  public struct Subservice: Sendable, Hashable {
    /// Its name.
    public let name: String?
    /// Carve-out or inclusive.
    public let method: SubserviceMethod?
  }

  /// A complementary user entity control: what the report expects of us, and our controls that do it.
  public struct CUEC: Sendable, Hashable {
    /// The id (`CUEC-1`).
    public let id: String?
    /// A short text in our own words.
    public let text: String?
    /// Our Annex A controls that meet it.
    public let controls: [String]
  }

  /// A file of the record: in the repository with its SHA-256, or referenced elsewhere.
  public struct File: Sendable, Hashable {
    /// The path relative to the ISMS root.
    public let path: String?
    /// The SHA-256 of the file, lowercase hex.
    public let sha256: String?
    /// Where it is kept otherwise (a trust portal, a vault entry).
    public let reference: String?
  }

  /// The supplier's id.
  public let supplier: String?
  /// The kind of assurance.
  public let type: AssuranceType?
  /// The day we received it.
  public let received: Day?
  /// Certificate number (`iso27001`, `other`).
  public let certificate: String?
  /// The certified scope (`iso27001`).
  public let scope: String?
  /// The expiry day of a certificate.
  public let expires: Day?
  /// SOC 2 report type: 1 or 2.
  public let reportType: Int?
  /// The first day of the period (SOC 2 type 2, bridge letter).
  public let periodStart: Day?
  /// The last day of the period (SOC 2 type 2, bridge letter).
  public let periodEnd: Day?
  /// The day a SOC 2 type 1 report speaks of.
  public let asOf: Day?
  /// The auditor's opinion (SOC 2).
  public let opinion: Opinion?
  /// Subservice organisations (SOC 2).
  public let subservices: [Subservice]
  /// Complementary user entity controls (SOC 2).
  public let cuecs: [CUEC]
  /// Exceptions the report notes (SOC 2, pentest findings left open).
  public let exceptions: [String]
  /// The SOC 2 report a bridge letter extends.
  public let covers: String?
  /// A summary (pentest, other).
  public let summary: String?
  /// The files.
  public let files: [File]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    supplier = reader.string("supplier")
    type = reader.value("type")
    received = reader.day("received")
    certificate = reader.string("certificate")
    scope = reader.string("scope")
    expires = reader.day("expires")
    reportType = reader.int("report_type", in: NumberLimits.soc2Type)
    periodStart = reader.day("period_start")
    periodEnd = reader.day("period_end")
    asOf = reader.day("as_of")
    opinion = reader.value("opinion")
    subservices = reader.objects("subservice").map {
      Subservice(name: $0.string("name"), method: $0.value("method"))
    }
    cuecs = reader.objects("cuecs").map {
      CUEC(id: $0.string("id"), text: $0.string("text"), controls: $0.strings("controls"))
    }
    exceptions = reader.strings("exceptions")
    covers = reader.string("covers")
    summary = reader.string("summary")
    files = reader.objects("files").map {
      File(path: $0.string("path"), sha256: $0.string("sha256"), reference: $0.string("reference"))
    }
  }

  /// The last day the record speaks for: a certificate's expiry, a report's or letter's period
  /// end (a type 1 report: its `as_of`).
  public var coverageEnd: Day? { type == .iso27001 ? expires : (periodEnd ?? asOf) }

  /// Whether the record asks for a recorded assessment: an opinion other than unqualified, or
  /// exceptions noted.
  public var needsAssessment: Bool {
    (opinion.map { $0 != .unqualified } ?? false) || !exceptions.isEmpty
  }
}
