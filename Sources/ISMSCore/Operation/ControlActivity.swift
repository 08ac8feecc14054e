import Crypto
import Foundation

/// The fields of an `activity` document (`activities/ACT-NNN.md`): a control that operates on a
/// cadence and leaves evidence records behind.
public struct ControlActivity: Sendable, Hashable {
  /// The Annex A controls the activity operates.
  public let controls: [String]
  /// The SOC 2 criteria it addresses, when named (`CC6.2`).
  public let criteria: [String]
  /// The person id responsible.
  public let owner: String?
  /// How often it operates; `nil` when missing or not a known cadence (the schema says so).
  public let cadence: Cadence?
  /// The first day it operates: no occurrence before it is expected.
  public let start: Day?
  /// The last day it operates, when retired.
  public let end: Day?
  /// Days after an occurrence within which its evidence is on time (the cadence's default when unset).
  public let graceDays: Int?
  /// What is done, in one paragraph.
  public let description: String?

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    controls = reader.strings("controls")
    criteria = reader.strings("criteria")
    owner = reader.string("owner")
    cadence = reader.value("cadence")
    start = reader.day("start")
    end = reader.day("end")
    graceDays = reader.int("grace_days", in: NumberLimits.days)
    description = reader.string("description")
  }

  /// The grace days that apply.
  public var grace: Int { graceDays ?? cadence?.defaultGraceDays ?? 0 }

  /// The days of `period` in which the activity runs (between `start` and `end`), `nil` when none.
  public func runningPart(of period: DayRange) -> DayRange? {
    let first = max(period.start, start ?? period.start)
    let last = min(period.end, end ?? period.end)
    return first <= last ? DayRange(start: first, end: last) : nil
  }
}

/// The fields of an `evidence` record (`records/evidence/EV-NNN.md`): one operation of an activity.
public struct EvidenceRecord: Sendable, Hashable {
  /// One attached file: a path in the ISMS and the SHA-256 its bytes must have.
  public struct Attachment: Sendable, Hashable {
    /// The file, relative to the ISMS root.
    public let path: String
    /// 64 lowercase hexadecimal digits.
    public let sha256: String

    /// Creates an attachment.
    public init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }

    /// The SHA-256 of `data`, as an attachment records it.
    public static func sha256(of data: Data) -> String { Hex.lowercase(SHA256.hash(data: data)) }
  }

  /// One exception found while operating the activity (a deviation the auditor will report).
  public struct Exception: Sendable, Hashable {
    /// What went wrong.
    public let description: String
    /// What was done about it, when recorded.
    public let remediation: String?
  }

  /// The activity operated.
  public let activity: String?
  /// The day it was performed.
  public let date: Day?
  /// The person id who performed it.
  public let performedBy: String?
  /// The occurrences covered: labels (`2026-Q2`) or, for per-change activities, commit ids.
  public let covers: [String]
  /// The attached files.
  public let attachments: [Attachment]
  /// The exceptions found.
  public let exceptions: [Exception]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    activity = reader.string("activity")
    date = reader.day("date")
    performedBy = reader.string("performed_by")
    covers = reader.strings("covers")
    attachments = reader.objects("attachments").compactMap { item in
      guard let path = item.string("path"), let sha256 = item.string("sha256") else { return nil }
      return Attachment(path: path, sha256: sha256.lowercased())
    }
    exceptions = reader.objects("exceptions").compactMap { item in
      item.string("description").map { Exception(description: $0, remediation: item.string("remediation")) }
    }
  }
}

/// The fields of a `sample` record (`records/samples/SMP-NNN.md`): items drawn from an activity's
/// population, reproducibly (see ``SampleDraw``).
public struct SampleRecord: Sendable, Hashable {
  /// The activity sampled.
  public let activity: String?
  /// The period of the population.
  public let period: DayRange?
  /// The seed of the draw.
  public let seed: Int?
  /// The SHA-256 of the canonical population listing at the time of the draw.
  public let populationSHA256: String?
  /// How many items the population held.
  public let populationSize: Int?
  /// The items drawn, in population order.
  public let items: [String]
  /// The other repositories of a per-change population (`--repo-source`), as given; empty when
  /// the population is the ISMS repository's alone.
  public let repositories: [String]

  /// Reads the fields leniently.
  public init(_ reader: FieldReader) {
    activity = reader.string("activity")
    if let start = reader.day("period_start"), let end = reader.day("period_end"), start <= end {
      period = DayRange(start: start, end: end)
    } else {
      period = nil
    }
    seed = reader.int("seed", in: NumberLimits.seed)
    populationSHA256 = reader.string("population_sha256")
    populationSize = reader.int("population_size", in: NumberLimits.population)
    items = reader.strings("items")
    repositories = reader.strings("repositories")
  }
}
