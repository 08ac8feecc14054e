import Foundation

extension Validator {
  /// The months after which a missing internal audit or management review is warned about
  /// (R48, R49 CONV: at least every 12 months).
  static let activityIntervalMonths = 12

  /// Internal audits are led by an internal auditor (R48) and held at least every 12 months
  /// (R48 CONV); management reviews too (R49 CONV); a final review's inputs are not placeholders (R49).
  mutating func checkActivity() {
    let facts = WorkflowFacts(isms: isms, today: today)
    var latestAudit: (Document, Day)?
    for document in isms.documents(of: .audit) {
      guard let audit = document.audit, audit.type == .internal else { continue }
      if let lead = audit.leadAuditor, let person = isms.config?.person(lead), !person.holds(.internalAuditor)
      {
        report(
          .error, document, field: "lead_auditor",
          "lead auditor `\(lead)` does not hold the role `internal-auditor`",
          fix: "have an internal auditor lead the audit, or give `\(lead)` the role in isms.yml", rule: "R48")
      }
      guard facts.auditState(document).isReported, let day = audit.reportDate ?? audit.end else { continue }
      if latestAudit.map({ day > $0.1 }) ?? true { latestAudit = (document, day) }
    }
    if let (document, day) = latestAudit {
      warnStale(document, since: day, what: "internal audit", rule: "R48")
    }
    var latestReview: (Document, Day)?
    for document in isms.documents(of: .managementReview) where document.recordStatus == .final {
      guard let review = document.managementReview else { continue }
      for input in ReviewInput.allCases {
        guard let text = review.inputs[input], PlaceholderText.isPlaceholder(text) else { continue }
        report(
          .error, document, field: "inputs.\(input.rawValue)",
          "input `\(input.rawValue)` of a final management review is a placeholder (`\(text)`)",
          fix: "record what was reviewed for \(input.item)", rule: "R49")
      }
      if let day = review.date, latestReview.map({ day > $0.1 }) ?? true { latestReview = (document, day) }
    }
    if let (document, day) = latestReview {
      warnStale(document, since: day, what: "management review", rule: "R49")
    }
  }

  private mutating func warnStale(_ document: Document, since day: Day, what: String, rule: String) {
    let due = day.adding(months: Self.activityIntervalMonths)
    guard today > due else { return }
    report(
      .warning, document, field: nil,
      "the latest \(what) (\(document.id), \(day)) is more than \(Self.activityIntervalMonths) months old",
      fix: "hold the next \(what); it was due by \(due)", rule: rule)
  }
}

/// Text that stands in for content not written yet (`TBD`, `TODO`, `…`).
public enum PlaceholderText {
  /// Whether `text` is only a placeholder, or starts with `TBD`/`TODO` as a word.
  public static func isPlaceholder(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    if ["", "-", "?", "...", "…", "tba", "tbc", "n/a", "xxx"].contains(trimmed) { return true }
    for word in ["tbd", "todo"] where trimmed.hasPrefix(word) {
      guard let next = trimmed.dropFirst(word.count).first else { return true }
      if !next.isLetter { return true }
    }
    return false
  }
}
