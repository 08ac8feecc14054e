/// Decisions about a packet that depend only on the ISMS: which audit it is for and which
/// external audit came before.
public enum PacketPlan {
  /// Why a packet cannot be planned.
  public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
    /// No audit document with the id.
    case unknownAudit(String)
    /// The document with the id is not an audit, or has no known type.
    case notAnAudit(String)

    /// One line for the user.
    public var description: String {
      switch self {
      case .unknownAudit(let id): "no audit with id '\(id)' in the ISMS"
      case .notAnAudit(let id): "'\(id)' is not an audit with a type (internal, stage1, stage2, …)"
      }
    }
  }

  /// The statuses of an audit that did not (yet) take place.
  static let notHeld: Set<String> = ["planned", "scheduled", "cancelled"]

  /// The audit named `id`, with the packet kind its type calls for.
  /// - Throws: ``Problem`` when there is no such audit.
  public static func audit(_ id: String, in isms: ISMS) throws(Problem) -> (audit: Document, kind: PacketKind)
  {
    guard
      let document = isms.document(id: id)
        ?? isms.documents.first(where: { $0.id.lowercased() == id.lowercased() })
    else { throw .unknownAudit(id) }
    guard let type = document.audit?.type else { throw .notAnAudit(id) }
    return (document, PacketKind(auditType: type))
  }

  /// The audit a packet of `kind` is for when none was named: the earliest audit of a matching
  /// type, not cancelled, that ends on or after `today`; `nil` when there is none.
  public static func upcomingAudit(of kind: PacketKind, in isms: ISMS, today: Day) -> Document? {
    isms.documents(of: .audit).filter { document in
      guard let audit = document.audit, let type = audit.type, kind.auditTypes.contains(type),
        audit.status != "cancelled", let last = audit.end ?? audit.start
      else { return false }
      return last >= today
    }.min { ($0.audit?.start ?? today, $0.id) < ($1.audit?.start ?? today, $1.id) }
  }

  /// The last external audit that took place (not planned, scheduled or cancelled) and ended
  /// before `day`, other than `excluding`; `nil` when there is none.
  public static func previousExternalAudit(in isms: ISMS, before day: Day, excluding: String?) -> Document? {
    isms.documents(of: .audit).filter { document in
      guard document.id != excluding, let audit = document.audit, audit.type?.isExternal == true,
        !notHeld.contains(audit.status ?? "planned"), let last = audit.end ?? audit.start
      else { return false }
      return last < day
    }.max { ($0.audit?.end ?? day, $0.id) < ($1.audit?.end ?? day, $1.id) }
  }

  /// The last day of an audit (its end, else its start).
  public static func lastDay(of audit: Document) -> Day? { audit.audit?.end ?? audit.audit?.start }
}
