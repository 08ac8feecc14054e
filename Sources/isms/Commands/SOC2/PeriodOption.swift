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

extension Period {
  /// The period `given` by `--period`, else the Type II period of `isms.yml`'s `soc2:` scope.
  static func resolve(_ given: Period?, config: ISMSConfig?) throws -> DayRange {
    if let given { return given.range }
    if let start = config?.soc2?.periodStart, let end = config?.soc2?.periodEnd, start <= end {
      return DayRange(start: start, end: end)
    }
    throw CLIError(
      "no period: give --period START..END, or set the SOC 2 Type II period with "
        + "'isms soc2 scope --type 2 --period-start … --period-end …'.")
  }
}
