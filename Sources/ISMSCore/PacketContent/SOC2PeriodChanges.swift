/// What changed in the ISMS during a SOC 2 Type II period: the files that differ between the
/// last commit before the period and the last commit of the period (or the packet's commit,
/// when earlier); nothing when the repository starts after the period.
public struct SOC2PeriodChanges: Sendable {
  /// The period.
  public var period: DayRange
  /// The last commit before the period, `nil` when the repository starts in it.
  public var commit: String?
  /// The commit the changes run to, `nil` when no commit is dated in or before the period.
  public var to: String?
  /// The files that differ, sorted by path.
  public var changes: [PacketChange]

  /// Changes with the given values.
  public init(period: DayRange, commit: String?, to: String?, changes: [PacketChange]) {
    self.period = period
    self.commit = commit
    self.to = to
    self.changes = changes
  }
}
