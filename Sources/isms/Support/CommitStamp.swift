import Foundation
import ISMSCore

/// The date and zone recorded on a commit `isms` makes.
struct CommitStamp {
  let date: Date
  let offsetMinutes: Int

  /// Now in the local zone, or — when the user fixed the day with `--today`/`ISMS_TODAY` — noon UTC
  /// of that day, so that back-dated records and tests give the same commits every run.
  static func forDay(today option: String?, day: Day) -> CommitStamp {
    let fixed = option != nil || !(Environment.value("ISMS_TODAY") ?? "").isEmpty
    if fixed {
      return CommitStamp(date: Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400 + 43_200)), offsetMinutes: 0)
    }
    let now = Date()
    return CommitStamp(date: now, offsetMinutes: TimeZone.current.secondsFromGMT(for: now) / 60)
  }
}
