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
    if let text = ProcessInfo.processInfo.environment["ISMS_TODAY"], !text.isEmpty {
      guard let day = Day(text) else {
        throw CLIError("ISMS_TODAY='\(text)' is not a date YYYY-MM-DD; fix or unset it.")
      }
      return day
    }
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    guard let year = parts.year, let month = parts.month, let day = parts.day,
      let result = Day(year: year, month: month, day: day)
    else { throw CLIError("cannot read the system date; pass --today YYYY-MM-DD.") }
    return result
  }
}
