/// What one supplier's assurance amounts to: its assurance records (the source of truth), or,
/// for a supplier that has none yet, the claims of its legacy `certifications:` map.
public struct SupplierAssurance: Sendable {
  /// One certificate or report that falls due: a certificate expiring, a SOC 2 report going stale.
  public struct Item: Sendable, Hashable {
    /// The assurance record's id; `nil` for a claim of the `certifications:` map.
    public let record: String?
    /// What it is, in words: `ISO/IEC 27001 certificate ASR-001`.
    public let label: String
    /// The last day it counts as current.
    public let currentUntil: Day
    /// What makes it current until then, in words.
    public let reason: String
  }

  /// The supplier.
  public let supplier: Document
  /// Its assurance records, by id.
  public let records: [Document]
  /// Months a SOC 2 report (or its bridge letter) counts after its period ends.
  public let maxAgeMonths: Int

  /// Collects the assurance of `supplier` in `isms`.
  public init(_ supplier: Document, in isms: ISMS) {
    self.supplier = supplier
    records = isms.documents(of: .assurance).filter {
      $0.assurance?.supplier?.lowercased() == supplier.id.lowercased()
    }.sorted { $0.id < $1.id }
    maxAgeMonths = isms.config?.soc2MaxAgeMonths ?? 12
  }

  /// Every supplier of `isms` with its assurance, by id.
  public static func all(in isms: ISMS) -> [SupplierAssurance] {
    isms.documents(of: .supplier).sorted { $0.id < $1.id }.map { SupplierAssurance($0, in: isms) }
  }

  /// The records of `type`.
  public func records(_ type: AssuranceRecord.AssuranceType) -> [Document] {
    records.filter { $0.assurance?.type == type }
  }

  /// The SOC 2 report with the latest period end (then the highest id): the one that counts.
  public var latestReport: Document? { latest(.soc2) }

  /// The ISO/IEC 27001 certificate with the latest expiry: the one that counts.
  public var latestCertificate: Document? { latest(.iso27001) }

  private func latest(_ type: AssuranceRecord.AssuranceType) -> Document? {
    records(type).max { lhs, rhs in
      let (left, right) = (lhs.assurance?.coverageEnd, rhs.assurance?.coverageEnd)
      return left == right
        ? lhs.id < rhs.id : (left ?? Day(daysSinceEpoch: 0)) < (right ?? Day(daysSinceEpoch: 0))
    }
  }

  /// The bridge letters that extend `report`, by start.
  public func bridges(of report: Document) -> [Document] {
    records(.bridgeLetter).filter { $0.assurance?.covers?.lowercased() == report.id.lowercased() }.sorted {
      ($0.assurance?.periodStart?.daysSinceEpoch ?? 0, $0.id) < (
        $1.assurance?.periodStart?.daysSinceEpoch ?? 0, $1.id
      )
    }
  }

  /// The last day `report` speaks for: its period end (type 1: `as_of`), extended by each bridge
  /// letter that starts no later than the day after it; and the letters that did.
  public func coverage(of report: Document) -> (end: Day, letters: [Document])? {
    guard var end = report.assurance?.coverageEnd else { return nil }
    var letters: [Document] = []
    for letter in bridges(of: report) {
      guard let start = letter.assurance?.periodStart, let stop = letter.assurance?.periodEnd,
        start <= end.adding(days: 1), stop > end
      else { continue }
      end = stop
      letters.append(letter)
    }
    return (end, letters)
  }

  /// The items that keep the supplier's assurance current, latest certificate and report first.
  public var items: [Item] {
    guard records.isEmpty else {
      var result: [Item] = []
      if let certificate = latestCertificate, let expires = certificate.assurance?.expires {
        result.append(
          Item(
            record: certificate.id, label: "ISO/IEC 27001 certificate \(certificate.id)",
            currentUntil: expires,
            reason: "expires \(expires)"))
      }
      if let report = latestReport, let (end, letters) = coverage(of: report) {
        let bridged = letters.isEmpty ? "" : " (bridged by \(letters.map(\.id).joined(separator: ", ")))"
        result.append(
          Item(
            record: report.id, label: "SOC 2 report \(report.id)",
            currentUntil: end.adding(months: maxAgeMonths),
            reason: "covers to \(end)\(bridged), plus \(maxAgeMonths) months"))
      }
      return result
    }
    return legacyItems
  }

  /// The claims of the `certifications:` map, read only while the supplier has no assurance records.
  private var legacyItems: [Item] {
    let map = supplier.fields.object("certifications")
    var result: [Item] = []
    for entry in map?.entries ?? [] {
      guard let fields = entry.value.entries.map(FieldReader.init) else { continue }
      if let expires = fields.day("expires") {
        result.append(
          Item(
            record: nil, label: "certification `\(entry.key)` (certifications:)", currentUntil: expires,
            reason: "expires \(expires)"))
      } else if let end = fields.day("period_end") {
        result.append(
          Item(
            record: nil, label: "SOC 2 report (certifications:)",
            currentUntil: end.adding(months: maxAgeMonths),
            reason: "period ended \(end), plus \(maxAgeMonths) months"))
      }
    }
    return result
  }

  /// Whether a certificate or report is current on `today`.
  public func isCurrent(on today: Day) -> Bool { items.contains { $0.currentUntil >= today } }

  /// The supplier reviews of `isms` that considered `record`.
  public static func assessments(of record: Document, in isms: ISMS) -> [Document] {
    isms.documents(of: .supplierReview).filter { review in
      review.supplierReview?.assurance.contains { $0.lowercased() == record.id.lowercased() } ?? false
    }
  }
}
