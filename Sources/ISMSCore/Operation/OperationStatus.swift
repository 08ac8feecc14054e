/// Where one expected occurrence of an activity stands on a given day.
public enum OccurrenceState: String, Sendable, Hashable, Codable {
  /// Evidence covers it.
  case operated
  /// It has not begun yet.
  case upcoming
  /// It is under way and has no evidence yet.
  case open
  /// It has ended and its evidence is still on time (within the grace days).
  case due
  /// It ended more than the grace days ago with no evidence.
  case missed
}

/// One expected occurrence of an activity with the evidence that covers it.
public struct OccurrenceStatus: Sendable, Hashable {
  /// The occurrence (a calendar span, or one change for per-change activities).
  public let occurrence: Occurrence
  /// The last day its evidence is on time.
  public let dueBy: Day
  /// The ids of the evidence records that cover it, in path order.
  public let evidence: [String]
  /// The exceptions those records report, with the record that reports each.
  public let exceptions: [(evidence: String, exception: EvidenceRecord.Exception)]
  /// Where it stands.
  public let state: OccurrenceState

  public static func == (lhs: OccurrenceStatus, rhs: OccurrenceStatus) -> Bool {
    lhs.occurrence == rhs.occurrence && lhs.dueBy == rhs.dueBy && lhs.evidence == rhs.evidence
      && lhs.state == rhs.state && lhs.exceptions.map(\.evidence) == rhs.exceptions.map(\.evidence)
      && lhs.exceptions.map(\.exception) == rhs.exceptions.map(\.exception)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(occurrence)
    hasher.combine(evidence)
    hasher.combine(state)
  }
}

/// How an activity operated over a period: each expected occurrence and its evidence.
public struct ActivityStatus: Sendable, Hashable {
  /// The activity document.
  public let document: Document
  /// Its fields.
  public let activity: ControlActivity
  /// The expected occurrences in the period, in order (changes by date, then commit id).
  public let occurrences: [OccurrenceStatus]
  /// The evidence records of the activity dated in the period that cover none of them.
  public let unmatched: [Document]

  /// The occurrences in `state`.
  public func occurrences(_ state: OccurrenceState) -> [OccurrenceStatus] {
    occurrences.filter { $0.state == state }
  }

  /// Whether every occurrence that has ended has evidence (none due or missed, none open).
  public var isFullyEvidenced: Bool {
    occurrences.allSatisfy { $0.state == .operated || $0.state == .upcoming }
  }

  /// Every exception found in the period, in occurrence order.
  public var exceptions: [(evidence: String, exception: EvidenceRecord.Exception)] {
    occurrences.flatMap(\.exceptions)
  }
}
