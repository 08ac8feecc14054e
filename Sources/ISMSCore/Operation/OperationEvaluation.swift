/// Evaluates control activities over a period: which occurrences were expected, which evidence
/// covers each, which are due or missed, and the exceptions found. Pure: the same ISMS, period,
/// `today` and changes give the same result.
public enum OperationEvaluation {
  /// The status of every activity of `isms` (by path) over `period` as seen on `today`.
  /// - Parameters:
  ///   - changes: the change population of the period, for `per-change` activities (each change is
  ///     an occurrence, operated when it has an independent approver or an evidence record covers
  ///     its commit id); `nil` when it is not known (then per-change activities list no occurrence).
  public static func evaluate(isms: ISMS, period: DayRange, today: Day, changes: [Change]? = nil)
    -> [ActivityStatus]
  {
    let evidence = evidenceByActivity(isms)
    return isms.documents(of: .activity).compactMap { document in
      guard case .activity(let activity) = document.content else { return nil }
      return evaluate(
        document, activity, evidence: evidence[document.id] ?? [], period: period, today: today,
        changes: changes)
    }
  }

  /// The status of one activity; `evidence` are the records naming it, in path order.
  public static func evaluate(
    _ document: Document, _ activity: ControlActivity, evidence: [(Document, EvidenceRecord)],
    period: DayRange, today: Day, changes: [Change]?
  ) -> ActivityStatus {
    guard let cadence = activity.cadence, let running = activity.runningPart(of: period) else {
      return ActivityStatus(document: document, activity: activity, occurrences: [], unmatched: [])
    }
    var byLabel: [String: [(Document, EvidenceRecord)]] = [:]
    for item in evidence {
      for label in Set(item.1.covers) { byLabel[label, default: []].append(item) }
    }
    var statuses: [OccurrenceStatus] = []
    var used: Set<String> = []
    if cadence.isCalendar {
      for occurrence in cadence.occurrences(overlapping: running) {
        let covering = byLabel[occurrence.label] ?? []
        used.formUnion(covering.map(\.0.id))
        let dueBy = occurrence.range.end.adding(days: activity.grace)
        statuses.append(status(occurrence, dueBy: dueBy, covering: covering, today: today))
      }
    } else {
      for change in (changes ?? []) where running.contains(change.date) {
        let occurrence = Occurrence(label: change.commit, range: DayRange(start: change.date))
        let covering = byLabel[change.commit] ?? []
        used.formUnion(covering.map(\.0.id))
        let state: OccurrenceState =
          change.isIndependentlyApproved || !covering.isEmpty ? .operated : .missed
        statuses.append(
          OccurrenceStatus(
            occurrence: occurrence, dueBy: change.date, evidence: covering.map(\.0.id),
            exceptions: exceptions(covering), state: state))
      }
    }
    let unmatched = evidence.filter { item in
      !used.contains(item.0.id) && item.1.date.map(running.contains) == true
    }.map(\.0)
    return ActivityStatus(document: document, activity: activity, occurrences: statuses, unmatched: unmatched)
  }

  /// The evidence records of `isms` by the activity they name, in path order.
  public static func evidenceByActivity(_ isms: ISMS) -> [String: [(Document, EvidenceRecord)]] {
    var result: [String: [(Document, EvidenceRecord)]] = [:]
    for document in isms.documents(of: .evidence) {
      guard case .evidence(let record) = document.content, let activity = record.activity else { continue }
      result[activity, default: []].append((document, record))
    }
    return result
  }

  private static func status(
    _ occurrence: Occurrence, dueBy: Day, covering: [(Document, EvidenceRecord)], today: Day
  ) -> OccurrenceStatus {
    let state: OccurrenceState
    if !covering.isEmpty {
      state = .operated
    } else if today < occurrence.range.start {
      state = .upcoming
    } else if today <= occurrence.range.end {
      state = .open
    } else if today <= dueBy {
      state = .due
    } else {
      state = .missed
    }
    return OccurrenceStatus(
      occurrence: occurrence, dueBy: dueBy, evidence: covering.map(\.0.id), exceptions: exceptions(covering),
      state: state)
  }

  private static func exceptions(_ covering: [(Document, EvidenceRecord)])
    -> [(evidence: String, exception: EvidenceRecord.Exception)]
  {
    covering.flatMap { item in item.1.exceptions.map { (evidence: item.0.id, exception: $0) } }
  }
}
