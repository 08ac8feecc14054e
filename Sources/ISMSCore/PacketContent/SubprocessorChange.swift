/// One change of the customer subprocessor list, read from the git history of `suppliers/`: a
/// supplier that began or stopped processing customer data (its file added or removed, or
/// `customer-data` added to or removed from its `data`).
public struct SubprocessorChange: Sendable, Hashable {
  /// Whether it joined or left the list.
  public enum Change: String, Sendable, Hashable {
    /// It began processing customer data.
    case added
    /// It stopped.
    case removed
  }

  /// Joined or left.
  public let change: Change
  /// The supplier's id.
  public let supplierID: String
  /// Its title at that commit.
  public let name: String
  /// The day of the commit (UTC).
  public let day: Day
  /// The commit, 40 hex digits.
  public let commit: String

  /// A change with the given values.
  public init(change: Change, supplierID: String, name: String, day: Day, commit: String) {
    self.change = change
    self.supplierID = supplierID
    self.name = name
    self.day = day
    self.commit = commit
  }

  /// The change (if any) to the subprocessor list when a supplier file went from `before` to
  /// `after` (`nil`: absent) in `commit`.
  public static func between(_ before: Document?, _ after: Document?, day: Day, commit: String)
    -> SubprocessorChange?
  {
    let was = before?.isSubprocessor ?? false
    let now = after?.isSubprocessor ?? false
    if !was, now, let after {
      return SubprocessorChange(
        change: .added, supplierID: after.id, name: after.displayTitle, day: day, commit: commit)
    }
    if was, !now, let before {
      return SubprocessorChange(
        change: .removed, supplierID: before.id, name: before.displayTitle, day: day, commit: commit)
    }
    return nil
  }
}

extension Document {
  /// The data category that makes a supplier a subprocessor.
  public static let customerDataCategory = "customer-data"

  /// Whether the document is a supplier that processes customer data.
  public var isSubprocessor: Bool { supplier?.data.contains(Self.customerDataCategory) ?? false }
}
