import ISMSCore

/// Approving again what the same person already approved the same day: not a refusal but nothing
/// to do (exit 0), so that a script or a second click can repeat an approval safely.
enum ApprovalRepeat {
  /// The message when `document` is already approved today by `approver` and its content has not
  /// changed since; `nil` otherwise (the normal guards decide).
  static func message(document: Document, status: ApprovalStatus, approver: Person, today: Day) -> String? {
    guard let fields = document.controlled, fields.status == .approved, fields.approvedBy == approver.id,
      fields.approvedOn == today, status.coversCurrent, let approval = status.approval
    else { return nil }
    return "\(document.id) v\(fields.version ?? "?") is already approved today by \(approver.id) "
      + "(commit \(approval.shortID)); nothing to do."
  }
}
