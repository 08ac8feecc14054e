import Foundation
import ISMSCore

/// The date and zone recorded on a commit `isms` makes.
struct CommitStamp {
  let date: Date
  let offsetMinutes: Int

  /// Now in the local zone, or — when the user fixed the day with `--today`/`ISMS_TODAY` — noon UTC
  /// of that day, so that back-dated records and tests give the same commits every run.
  /// - Throws: ``CLIError`` for a fixed day a commit time cannot hold: git tools read it as an
  ///   unsigned 32-bit count of seconds, so a day before 1970 or after 2106-02-06 would be shown
  ///   decades off (9999-12-31 as 2106).
  static func forDay(today option: String?, day: Day) throws -> CommitStamp {
    let fixed = option != nil || !(Environment.value("ISMS_TODAY") ?? "").isEmpty
    if fixed {
      guard committable.contains(day) else {
        throw CLIError(
          "--today \(day) is outside the days a git commit can record (\(committable.lowerBound) to "
            + "\(committable.upperBound)); nothing was written.")
      }
      return CommitStamp(
        date: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + 43_200)),
        offsetMinutes: 0)
    }
    let now = Date()
    return CommitStamp(date: now, offsetMinutes: TimeZone.current.secondsFromGMT(for: now) / 60)
  }

  /// The days whose noon UTC fits a commit time of 32 unsigned bits.
  static let committable = Day(daysSinceEpoch: 0)...Day(daysSinceEpoch: Int(UInt32.max / 86_400) - 1)
}
