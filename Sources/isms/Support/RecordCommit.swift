import Foundation
import GitStore
import ISMSCore

/// The one way `isms` writes a commit: authored by the person the change stands for, committed by
/// whoever runs `isms`, dated on the day of `--today` (or now); the committer date never goes
/// before the parent's (see ``GitRepository/commit(_:root:message:author:committer:date:timeZoneOffsetMinutes:expectedParent:)``).
enum RecordCommit {
  /// The first and last day a commit of `isms` may carry: git and its readers hold these times
  /// (a day past 2106 or before 1970 wraps to another century in 32-bit readers).
  static let days = Day(daysSinceEpoch: 1)...Day(daysSinceEpoch: 47_481)  // 1970-01-02...2099-12-31

  /// Commits `changes` (paths relative to `root`) on the current branch.
  ///
  /// The author date is noon UTC of `today` when the user fixed the day (`--today`/`ISMS_TODAY`), so
  /// back-dated records and tests give the same commits every run, else now in the local zone.
  /// - Throws: `CLIError` when `today` is outside ``days``; `GitError` from the commit.
  static func write(
    _ changes: [FileChange], repository: GitRepository, root: String, message: String, author: Identity,
    committer: Identity, today: Today, expectedParent: String?
  ) throws -> CommitInfo {
    try refuseOutOfRange(today)
    let date: Date
    let offsetMinutes: Int
    if today.isFixed {
      date = Date(timeIntervalSince1970: TimeInterval(today.day.daysSinceEpoch * 86_400 + 43_200))
      offsetMinutes = 0
    } else {
      date = Date()
      offsetMinutes = TimeZone.current.secondsFromGMT(for: date) / 60
    }
    return try repository.commit(
      changes, root: root, message: message, author: author, committer: committer, date: date,
      timeZoneOffsetMinutes: offsetMinutes, expectedParent: expectedParent)
  }

  /// Refuses a `today` outside ``days``, before anything is written.
  /// - Throws: `CLIError` naming the valid range.
  static func refuseOutOfRange(_ today: Today) throws {
    guard !days.contains(today.day) else { return }
    throw CLIError(
      "\(today.named) is a day a git commit cannot carry; writing commands take days from \(days.lowerBound) "
        + "to \(days.upperBound); nothing was written.")
  }
}

extension ISMSContext {
  /// The commit sequence of every writing command: refuses, as busy, `reads` another writer's
  /// commit overtook (see ``refuseStaleReads(of:in:base:)``), then commits `changes` of the ISMS
  /// on `base` as `actor` (see ``RecordCommit``), with the `ISMS-Recorded-Decision` trailer when
  /// the decision was taken elsewhere.
  /// - Throws: `CLIError` when another writer moved the branch or a path has uncommitted changes,
  ///   with nothing written; `GitError` from the commit.
  func commit(
    _ changes: [FileChange], message: String, by actor: ActingPerson, base: String?, reads: ReadRecord?
  ) throws -> CommitInfo {
    do {
      if let reads { try refuseStaleReads(of: changes.map(\.path), in: reads, base: base) }
      return try RecordCommit.write(
        changes, repository: repository, root: rootInRepository, message: actor.message(message),
        author: actor.author, committer: actor.runner, today: clock, expectedParent: base)
    } catch GitError.dirty(let dirty) {
      throw CLIError(
        "\(dirty.joined(separator: ", ")) has uncommitted changes; commit or discard them first; nothing was written."
      )
    }
  }
}
