/// What `isms review approve` writes, once every guard of d4 `in_review → approved` passed.
///
/// Guards, in order: the document is controlled and not retired (d4); the approver holds the role
/// its kind requires (R35, R37); there is something to approve; the approver changed none of the
/// content since the last approval (A.5.3, segregation of duties); a content change came with a new
/// version (R36). The caller then validates ``text`` with the rest of the ISMS (``checkValidation``).
public struct ApprovalPlan: Sendable {
  /// The document with its approval fields set.
  public let text: String
  /// The version approved.
  public let version: String
  /// The commit message, with the `ISMS-Approval` and `ISMS-Approved-Version` trailers.
  public let message: String
  /// The next review day set.
  public let nextReview: Day

  /// Checks the guards and prepares the edit.
  /// - Parameters:
  ///   - document: the document as it is now; `text` its file.
  ///   - status: its approval state from history.
  /// - Throws: ``ReviewRefusal`` naming the rule, or ``FrontMatterEditError``.
  public init(
    document: Document, text: String, approver: Person, config: ISMSConfig?, status: ApprovalStatus,
    today: Day
  ) throws {
    let id = document.id
    guard let fields = document.controlled else {
      throw ReviewRefusal(
        "R35", "\(id) is a \(document.kind.rawValue); only policies, procedures and plans are approved")
    }
    if fields.status == .retired {
      throw ReviewRefusal("d4", "\(id) is retired and read-only; write a new document instead")
    }
    guard let role = ApprovalRules.requiredRole(for: document) else {
      throw ReviewRefusal("R35", "\(id) has no approver_role; set it, then approve")
    }
    guard approver.holds(role) else {
      throw ReviewRefusal(
        ApprovalRules.roleRule(for: document),
        "\(id) needs approval by \(role.rawValue); \(ApprovalRules.describeRoles(of: approver))")
    }
    if status.coversCurrent, fields.status == .approved, let approval = status.approval {
      throw ReviewRefusal(
        "R35",
        "\(id) v\(status.approvedVersion ?? "?") is already approved (commit \(approval.shortID)) and "
          + "its content has not changed since; nothing to approve")
    }
    if status.isAuthor(approver) {
      let commit = status.contentCommits.first { $0.author.email.lowercased() == approver.email.lowercased() }
      let which = commit.map { "commit \($0.shortID)" } ?? "the working tree"
      let others = ApprovalRules.approvers(holding: role, in: config, excluding: status.contentAuthors)
      let who =
        others.isEmpty
        ? "nobody else holds \(role.rawValue): give the role to a person who did not change it "
          + "(isms people set ID --roles …)"
        : "it can be approved by " + others.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
      throw ReviewRefusal(
        "I5",
        "\(approver.id) changed \(id) since its last approval (\(which)); another holder of "
          + "\(role.rawValue) must approve it (segregation of duties): \(who)")
    }
    let version = fields.version ?? ""
    if status.approval != nil, !status.coversCurrent, let approved = status.approvedVersion,
      VersionNumber(version).map({ old in VersionNumber(approved).map { old <= $0 } ?? false }) ?? true
    {
      throw ReviewRefusal(
        "R36",
        "\(id) changed since v\(approved) was approved (\(status.changedSinceApproval.joined(separator: ", "))) "
          + "but its version is \(version); raise `version`, commit, then approve")
    }
    let next = today.adding(months: ApprovalRules.interval(for: document, config: config))
    var edits: [FrontMatterEdit] = [
      .set("status", .string("approved")), .set("approved_by", .string(approver.id)),
      .set("approved_on", .day(today)),
    ]
    if fields.effective.map({ $0 < today }) ?? true { edits.append(.set("effective", .day(today))) }
    edits += [.set("last_review", .day(today)), .set("next_review", .day(next))]
    self.text = try FrontMatterEditor.apply(edits, to: text)
    self.version = version
    self.nextReview = next
    let title = document.title.map { " (\($0))" } ?? ""
    self.message = """
      Approve \(id) v\(version)\(title)

      Approved by \(approver.name) as \(role.rawValue); next review \(next).

      \(ReviewTrailer.approval): \(id)
      \(ReviewTrailer.approvedVersion): \(version)

      """
  }

  /// Refuses when the approved document would not validate: any error in its own file.
  /// - Throws: ``ReviewRefusal`` citing the first error.
  public static func checkValidation(_ report: ValidationReport, path: String, id: String) throws {
    let errors = report.diagnostics.filter { $0.path == path && $0.severity == .error }
    guard let first = errors.first else { return }
    let line = first.line.map { " (line \($0))" } ?? ""
    let more = errors.count > 1 ? " and \(errors.count - 1) more" : ""
    throw ReviewRefusal(
      first.rule,
      "\(id) would not validate once approved: \(first.message)\(line)\(more); fix it, then approve")
  }
}
