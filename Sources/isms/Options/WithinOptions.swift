import ArgumentParser
import ISMSCore

/// `--within DAYS`: how far ahead `status`, `todo` and `review due` look for what falls due
/// (overdue work is always listed).
struct WithinOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Also list what falls due within this many days from today (overdue work always).", valueName: "days"))
  var within: Int = 30

  func validate() throws {
    guard NumberLimits.days.contains(within) else {
      throw ValidationError(
        "--within takes a number of days from \(NumberLimits.days.lowerBound) to \(NumberLimits.days.upperBound)."
      )
    }
  }
}
