/// Everything waiting for someone, by due day: the one to-do model `isms todo` lists and
/// `isms status` shows. `isms review due` lists its review items (``ReviewDueReport``), with the same
/// sign convention: `days_late` is positive when overdue, 0 on the due day, negative before.
///
/// Each item says who acts (person ids, the names beside them) and the command that does it. The
/// items come from ``ToDoList/sources``, one function per kind of work.
public struct ToDoList: Sendable, Hashable, Encodable {
  /// One piece of work waiting for someone.
  public struct Item: Sendable, Hashable, Encodable {
    /// The kind of work.
    public enum Task: String, Sendable, Hashable, Encodable, CaseIterable {
      /// A controlled document waits for an approval of its current content.
      case approve
      /// A periodic review (document, risk, supplier) is due.
      case review
      /// A supplier's certificate or report runs out: a new one (or a bridge letter) is to record.
      case assurance
      /// A finding's deadline is near or passed, or it waits for its next step.
      case finding
      /// A corrective action or a management review decision is due.
      case action
      /// An audit is to plan or to hold.
      case audit
      /// A management review is to hold or to finalise.
      case managementReview = "management_review"
      /// A control activity's occurrence is due (or missed) and has no evidence yet.
      case activity
    }

    /// The kind of work.
    public let task: Task
    /// The record concerned (document, finding, audit, review or decision id).
    public let id: String
    /// Its title or what is to do.
    @NullEncoded public var title: String?
    /// Its file, relative to the ISMS root; `nil` for a record still to create.
    @NullEncoded public var path: String?
    /// Who acts: person ids of `isms.yml` (several when any one holder of a role may act).
    public let who: [String]
    /// Their names, in the order of ``who`` (the id again when the person is not in `isms.yml`).
    public let whoNames: [String]
    /// The due day; `nil` when none is set (awaiting approval, never held).
    @NullEncoded public var due: Day?
    /// Days past due: positive when overdue, 0 on the due day, negative while still ahead.
    @NullEncoded public var daysLate: Int?
    /// `overdue`, `due`, or `waiting` (no due day).
    public let state: String
    /// More about the state: `changed since approval v1.0`, `draft`, `implemented`.
    @NullEncoded public var detail: String?
    /// The command that does it.
    public let command: String

    private enum CodingKeys: String, CodingKey {
      case task, id, title, path, who, due, state, detail, command
      case whoNames = "who_names"
      case daysLate = "days_late"
    }

    /// An item due on `due` (as of `today`), for `who` named from `config`.
    init(
      _ task: Task, id: String, title: String?, path: String?, who: [String], config: ISMSConfig?,
      due: Day?, today: Day, detail: String? = nil, command: String
    ) {
      self.task = task
      self.id = id
      self.title = title
      self.path = path
      self.who = who
      whoNames = who.map { config?.person($0)?.name ?? $0 }
      self.due = due
      let late = due.map { $0.days(until: today) }
      daysLate = late
      state = late.map { $0 > 0 ? "overdue" : "due" } ?? "waiting"
      self.detail = detail
      self.command = command
    }
  }

  /// What every source reads.
  public struct Input: Sendable {
    /// The ISMS and today.
    public let facts: WorkflowFacts
    /// Items due after `today + within` days are left out (overdue and undated ones never are).
    public let within: Int
    /// The approval state of the documents whose front matter says approved (``ApprovalState``).
    public let approvals: [String: ApprovalState]

    /// The last day an item may fall due to be listed.
    public var limit: Day { facts.today.adding(days: within) }
  }

  /// One kind of work: the items it finds in the ISMS.
  public typealias Source = @Sendable (Input) -> [Item]

  /// The sources, one per kind of work.
  public static let sources: [Source] = [
    approvals, reviews, findings, audits, managementReviews, activities,
  ]

  /// The day counted from.
  public let today: Day
  /// The window in days.
  public let within: Int
  /// The items: overdue and due ones by due day, then those waiting without a due day; by id within.
  public let items: [Item]

  private enum CodingKeys: String, CodingKey { case today, within, items }

  /// Everything waiting in `facts.isms` due by `today + within` days, optionally only what person
  /// `who` may do.
  public init(
    facts: WorkflowFacts, within: Int, approvals: [String: ApprovalState] = [:], who: String? = nil
  ) {
    today = facts.today
    self.within = within
    let input = Input(facts: facts, within: within, approvals: approvals)
    let all = Self.sources.flatMap { $0(input) }.filter { item in
      who.map { wanted in item.who.contains { $0.lowercased() == wanted.lowercased() } } ?? true
    }
    items = all.sorted { lhs, rhs in
      switch (lhs.due, rhs.due) {
      case (let left?, let right?) where left != right: return left < right
      case (.some, .none): return true
      case (.none, .some): return false
      default: return (lhs.id, lhs.task.rawValue) < (rhs.id, rhs.task.rawValue)
      }
    }
  }
}
