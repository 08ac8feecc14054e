/// The reviews due: every approved controlled document, open risk and supplier whose review is
/// overdue or falls due within a window, and every supplier whose certificate or SOC 2 report
/// runs out (``SupplierAssurance``), by date.
public struct ReviewDueReport: Sendable, Encodable {
  /// One review to do.
  public struct Row: Sendable, Hashable, Encodable {
    /// The document id.
    public let id: String
    /// Its kind.
    public let kind: DocumentKind
    /// Its title.
    @NullEncoded public var title: String?
    /// Its file, relative to the ISMS root.
    public let path: String
    /// The owner's person id.
    @NullEncoded public var owner: String?
    /// The last review (for a risk, `assessed_on`).
    @NullEncoded public var lastReview: Day?
    /// The due day; `nil` for a supplier never reviewed.
    @NullEncoded public var due: Day?
    /// Days past due: positive when overdue, 0 on the due day, negative while still ahead.
    @NullEncoded public var daysLate: Int?
    /// `overdue`, `due` (today or within the window), `never_reviewed`, `awaiting_approval`
    /// for a document whose content changed since its approval (reviewed once approved again), or
    /// `assurance_overdue` / `assurance_due` for a supplier's certificate or report running out.
    public let state: String
    /// For `awaiting_approval`: `changed since approval v1.0`; for assurance: what runs out and why.
    @NullEncoded public var detail: String? = nil
    /// For assurance: the assurance record (`ASR-004`), `nil` for a `certifications:` claim.
    @NullEncoded public var record: String? = nil

    private enum CodingKeys: String, CodingKey {
      case id, kind, title, path, owner, due, state, detail, record
      case lastReview = "last_review"
      case daysLate = "days_late"
    }
  }

  /// The day counted from.
  public let today: Day
  /// The window in days.
  public let within: Int
  /// The reviews, overdue first (earliest due first), never-reviewed suppliers last.
  public let rows: [Row]

  private enum CodingKeys: String, CodingKey { case today, within, rows }

  /// Selects the reviews of `isms` due by `today + within` days, optionally of one owner, and every
  /// document whose content changed since its approval (`approvals`, by id; see ``ApprovalState``).
  public init(
    isms: ISMS, today: Day, within: Int, owner: String? = nil, approvals: [String: ApprovalState] = [:]
  ) {
    self.today = today
    self.within = within
    let limit = today.adding(days: within)
    let scheduled: [Row] = ReviewSchedule(isms: isms).items.compactMap { item in
      if let owner, item.owner?.lowercased() != owner.lowercased() { return nil }
      if let state = approvals[item.id], case .changedSinceApproval = state {
        return Row(
          id: item.id, kind: item.kind, title: item.title, path: item.path, owner: item.owner,
          lastReview: item.lastReview, due: item.due, daysLate: item.due.map { $0.days(until: today) },
          state: "awaiting_approval", detail: state.label)
      }
      guard let due = item.due else {
        guard item.kind == .supplier else { return nil }
        return Row(
          id: item.id, kind: item.kind, title: item.title, path: item.path, owner: item.owner,
          lastReview: nil, due: nil, daysLate: nil, state: "never_reviewed")
      }
      guard due <= limit else { return nil }
      let late = due.days(until: today)
      return Row(
        id: item.id, kind: item.kind, title: item.title, path: item.path, owner: item.owner,
        lastReview: item.lastReview, due: due, daysLate: late, state: late > 0 ? "overdue" : "due")
    }
    let assurance = Self.assuranceRows(isms: isms, today: today, limit: limit, owner: owner)
    // Merged by due day, never-reviewed last; rows with the same day keep their order.
    rows = (scheduled + assurance).enumerated().sorted { lhs, rhs in
      switch (lhs.element.due, rhs.element.due) {
      case let (left?, right?) where left != right: return left < right
      case (nil, _?): return false
      case (_?, nil): return true
      default: return lhs.offset < rhs.offset
      }
    }.map(\.element)
  }

  /// A row for each supplier certificate or report that is no longer current by `limit`.
  private static func assuranceRows(isms: ISMS, today: Day, limit: Day, owner: String?) -> [Row] {
    SupplierAssurance.all(in: isms).flatMap { assurance -> [Row] in
      let supplier = assurance.supplier
      let holder = supplier.supplier?.owner
      if let owner, holder?.lowercased() != owner.lowercased() { return [] }
      return assurance.items.filter { $0.currentUntil <= limit }.map { item in
        let late = item.currentUntil.days(until: today)
        return Row(
          id: supplier.id, kind: .supplier, title: supplier.title, path: supplier.path, owner: holder,
          lastReview: supplier.supplier?.lastReview, due: item.currentUntil, daysLate: late,
          state: late > 0 ? "assurance_overdue" : "assurance_due", detail: "\(item.label) \(item.reason)",
          record: item.record)
      }
    }
  }
}
