import ArgumentParser
import ISMSCore

/// `--period START..END`: the observation period of a SOC 2 Type II report, both days included.
struct Period: ExpressibleByArgument {
  /// The days.
  let range: DayRange

  init?(argument: String) {
    let parts = argument.components(separatedBy: "..")
    guard parts.count == 2, let start = Day(parts[0]), let end = Day(parts[1]), start <= end else {
      return nil
    }
    range = DayRange(start: start, end: end)
  }

  static var defaultValueDescription: String { "YYYY-MM-DD..YYYY-MM-DD" }
}
