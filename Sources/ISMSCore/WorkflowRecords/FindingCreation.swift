import Foundation

/// A new finding (d3), raised by an audit or from another source.
public struct FindingOpenRequest: Sendable, Hashable {
  /// The audit that raised it.
  public var audit: String?
  /// `audit`, `incident`, `monitoring` or `other`.
  public var source = "audit"
  /// The grade (R6).
  public var grade: FindingGrade
  /// The clause or control not met (required for major and minor, R6).
  public var requirement: String?
  /// The statement of the finding.
  public var statement: String
  /// The objective evidence (required for major and minor, R6).
  public var evidence: String?
  /// The title; default: the statement's first sentence.
  public var title: String?
  /// The id; default `NC-YYYY-NNN` (`OBS-`, `OFI-` for observations and OFIs).
  public var id: String?
  /// The due date; default from `isms.yml` `findings` (R52, R53, R55).
  public var due: Day?
  /// The day it was raised.
  public var on: Day
  /// Who records it.
  public var by: String
  /// A note.
  public var note: String?
  /// The minor this major continues (R53, d3 `escalated`); its audit may already be over.
  public var escalatedFrom: String?

  /// Creates a request.
  public init(grade: FindingGrade, statement: String, on: Day, by: String) {
    self.grade = grade
    self.statement = statement
    self.on = on
    self.by = by
  }
}

/// Creates finding records.
public enum FindingCreation {
  /// The new finding document in `opened`, with its default due date.
  /// - Throws: ``Refusal`` (R6), ``WorkflowInputError`` (unknown audit, id taken).
  public static func open(_ request: FindingOpenRequest, facts: WorkflowFacts) throws -> WorkflowChange {
    let audit = try request.audit.map { try facts.document($0, kind: .audit) }
    if let audit, request.escalatedFrom == nil, facts.auditState(audit).isTerminal {
      throw WorkflowInputError(
        "\(audit.id) is \(facts.auditState(audit).rawValue); findings are raised by a live audit")
    }
    if request.grade.isNonconformity {
      for (name, value) in [("requirement", request.requirement), ("evidence", request.evidence)]
      where value.isBlankField {
        throw Refusal(
          rule: "R6", message: "a \(request.grade.rawValue) nonconformity needs its \(name); pass --\(name)")
      }
    }
    let id = request.id ?? nextID(request.grade, year: request.on.year, isms: facts.isms)
    guard facts.isms.documents.allSatisfy({ $0.id.lowercased() != id.lowercased() }) else {
      throw WorkflowInputError("the id \(id) is already taken; choose another finding id")
    }
    let external = audit?.audit?.type?.isExternal == true
    let due =
      request.due
      ?? facts.findingPolicy.defaultDue(
        grade: request.grade, origin: external ? .external : .internal, raisedOn: request.on,
        hardLimit: audit.flatMap { hardLimit(of: $0, facts: facts) })
    let title = request.title ?? defaultTitle(request.statement)
    var lines = [
      "---", "id: \(id)", "kind: finding", "title: \(YAMLQuoting.scalar(title))",
    ]
    if let audit { lines.append("audit: \(audit.id)") }
    lines += [
      "source: \(YAMLQuoting.scalar(audit == nil ? request.source : "audit"))",
      "grade: \(request.grade.rawValue)",
    ]
    if let escalatedFrom = request.escalatedFrom { lines.append("escalated_from: \(escalatedFrom)") }
    if let requirement = request.requirement {
      lines.append("requirement: \(YAMLQuoting.scalar(requirement))")
    }
    lines.append("statement: \(YAMLQuoting.scalar(request.statement))")
    if let evidence = request.evidence { lines.append("evidence: \(YAMLQuoting.scalar(evidence))") }
    lines += ["status: \(FindingState.opened.rawValue)", "raised_on: \(request.on)"]
    if let due { lines.append("due: \(due)") }
    lines.append("history:")
    lines += HistoryEntry.blockLines(
      HistoryEntry.value(
        on: request.on, by: request.by, event: "open", from: nil, to: FindingState.opened.rawValue,
        note: request.note))
    lines += ["---", "", "# \(title)", "", request.statement, ""]
    return WorkflowChange(
      record: id, path: "records/findings/\(id).md", text: lines.joined(separator: "\n"), event: "open",
      from: nil, to: FindingState.opened.rawValue)
  }

  /// The CB's hard limit for an audit's findings: 6 months after stage 2 (R10), the expiry at
  /// recertification (R16).
  static func hardLimit(of audit: Document, facts: WorkflowFacts) -> Day? {
    switch audit.audit?.type {
    case .stage2: return audit.audit?.end.map { $0.adding(months: 6) }
    case .recertification:
      return (audit.audit?.cycle).flatMap { facts.isms.document(id: $0)?.cycle?.expiry }
    default: return nil
    }
  }

  /// `NC-2026-004`: the next free number of the prefix and year.
  static func nextID(_ grade: FindingGrade, year: Int, isms: ISMS) -> String {
    let prefix = (grade.isNonconformity ? "NC" : grade == .observation ? "OBS" : "OFI") + "-\(year)-"
    let used = isms.documents.compactMap { document -> Int? in
      guard document.id.uppercased().hasPrefix(prefix) else { return nil }
      return Int(document.id.dropFirst(prefix.count))
    }
    let number = (used.max() ?? 0) + 1
    return prefix + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
  }

  /// The statement's first sentence, at most 80 characters.
  static func defaultTitle(_ statement: String) -> String {
    let sentence =
      statement.split(whereSeparator: { $0 == "." || $0 == "\n" }).first.map(String.init) ?? statement
    let trimmed = sentence.trimmingCharacters(in: .whitespaces)
    return trimmed.count <= 80 ? trimmed : String(trimmed.prefix(79)) + "…"
  }
}
