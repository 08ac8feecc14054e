import Foundation
import ISMSCore

/// The executable's only contact with the clock: what day `today` is.
enum SystemClock {
  /// `--today`, else `ISMS_TODAY`, else the system date in the local time zone.
  static func today(option: String?) throws -> Day {
    if let option {
      guard let day = Day(option) else { throw CLIError("--today '\(option)' is not a date YYYY-MM-DD.") }
      return day
    }
    if let text = Environment.value("ISMS_TODAY"), !text.isEmpty {
      guard let day = Day(text) else {
        throw CLIError("ISMS_TODAY='\(text)' is not a date YYYY-MM-DD; fix or unset it.")
      }
      return day
    }
    // The C library's local time reads TZ and /etc/localtime as Foundation's calendar does, without
    // building a calendar: that took a millisecond, a tenth of a one-file `isms review pr`.
    var now = time(nil)
    var local = tm()
    guard now != -1, localtime_r(&now, &local) != nil,
      let result = Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
    else { throw CLIError("cannot read the system date; pass --today YYYY-MM-DD.") }
    return result
  }
}
