/// An audit to put on the calendar.
public struct CalendarAudit: Sendable, Hashable {
  /// The audit id.
  public let id: String
  /// Its title.
  public let title: String
  /// Its type.
  public let type: AuditType
  /// Its days.
  public let dates: DayRange
  /// Its state.
  public let state: AuditState
  /// A link to it.
  public let url: String?

  /// Creates an entry.
  public init(
    id: String, title: String, type: AuditType, dates: DayRange, state: AuditState, url: String? = nil
  ) {
    self.id = id
    self.title = title
    self.type = type
    self.dates = dates
    self.state = state
    self.url = url
  }
}

/// A finding deadline to put on the calendar.
public struct CalendarFinding: Sendable, Hashable {
  /// The finding id.
  public let id: String
  /// Its title.
  public let title: String
  /// Its grade.
  public let grade: FindingGrade
  /// Its state.
  public let state: FindingState
  /// Its `due`.
  public let due: Day
  /// A link to it.
  public let url: String?

  /// Creates an entry.
  public init(
    id: String, title: String, grade: FindingGrade, state: FindingState, due: Day, url: String? = nil
  ) {
    self.id = id
    self.title = title
    self.grade = grade
    self.state = state
    self.due = due
    self.url = url
  }
}

/// A controlled document's next review to put on the calendar.
public struct CalendarReview: Sendable, Hashable {
  /// The document id.
  public let id: String
  /// Its title.
  public let title: String
  /// Its `next_review`.
  public let nextReview: Day
  /// Its owner.
  public let owner: String?
  /// A link to it.
  public let url: String?

  /// Creates an entry.
  public init(id: String, title: String, nextReview: Day, owner: String? = nil, url: String? = nil) {
    self.id = id
    self.title = title
    self.nextReview = nextReview
    self.owner = owner
    self.url = url
  }
}

/// Everything the calendar export draws from; the integration fills it from the repository.
public struct UpcomingEventsInput: Sendable, Hashable {
  /// The status of each certification cycle.
  public var cycles: [CycleStatus] = []
  /// The audits.
  public var audits: [CalendarAudit] = []
  /// The findings.
  public var findings: [CalendarFinding] = []
  /// The controlled documents' reviews.
  public var reviews: [CalendarReview] = []
  /// Management review decisions tracked as actions (R51).
  public var actions: [ReviewAction] = []

  /// An empty input.
  public init() {}
}

/// Builds the calendar of what is coming.
public enum UpcomingEvents {
  /// The calendar events of `input` as of `today`:
  /// - audits not cancelled whose last day is today or later;
  /// - every open nonconformity's due date, every document review and every open action,
  ///   past ones included and marked overdue (they still need doing);
  /// - each cycle's open due items, except finding deadlines, which come from `findings`.
  public static func build(_ input: UpcomingEventsInput, today: Day) -> [CalendarEvent] {
    var events: [CalendarEvent] = []
    for audit in input.audits where audit.state != .cancelled && audit.dates.end >= today {
      events.append(
        CalendarEvent(
          uid: CalendarEvent.uid(kind: "audit", id: audit.id), summary: "\(audit.id): \(audit.title)",
          description: "\(audit.type.rawValue) audit, \(audit.state.rawValue)", day: audit.dates.start,
          endDay: audit.dates.end, categories: ["audit", audit.type.rawValue], url: audit.url))
    }
    for finding in input.findings
    where finding.grade.isNonconformity && !finding.state.isVerified && !finding.state.isTerminal {
      events.append(
        CalendarEvent(
          uid: CalendarEvent.uid(kind: "finding", id: "\(finding.id)-due"),
          summary: "\(overdue(finding.due, today))\(finding.id) due: \(finding.title)",
          description: "\(finding.grade.rawValue) nonconformity, \(finding.state.rawValue)", day: finding.due,
          categories: ["finding", finding.grade.rawValue], url: finding.url))
    }
    for review in input.reviews {
      events.append(
        CalendarEvent(
          uid: CalendarEvent.uid(kind: "review", id: review.id),
          summary: "\(overdue(review.nextReview, today))Review \(review.id): \(review.title)",
          description: review.owner.map { "owner: \($0)" } ?? "", day: review.nextReview,
          categories: ["document-review"], url: review.url))
    }
    for action in input.actions where action.status == .open {
      guard let due = action.due else { continue }
      events.append(
        CalendarEvent(
          uid: CalendarEvent.uid(kind: "action", id: action.id),
          summary: "\(overdue(due, today))Action \(action.id): \(action.decision)",
          description: action.owner.map { "owner: \($0)" } ?? "", day: due, categories: ["action"]))
    }
    for cycle in input.cycles {
      for item in cycle.upcoming where item.kind != .finding {
        events.append(
          CalendarEvent(
            uid: CalendarEvent.uid(kind: "cycle", id: "\(cycle.cycle)-\(item.key)"),
            summary: "\(overdue(item.due, today))\(cycle.cycle): \(item.what)",
            description: "deadline (\(item.rule))", day: item.due,
            categories: ["certification", item.kind.rawValue]))
      }
    }
    return events.sorted { ($0.day.daysSinceEpoch, $0.uid) < ($1.day.daysSinceEpoch, $1.uid) }
  }

  private static func overdue(_ due: Day, _ today: Day) -> String { due < today ? "OVERDUE " : "" }
}
