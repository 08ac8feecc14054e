/// The ranges every whole number read from the ISMS or from the command line must fall in.
///
/// Each is checked where the number is read (the schema reports a value outside its range, naming
/// the file, line and field, and the typed readers then treat it as absent), so no arithmetic on
/// input can overflow: the largest result computed from them, a level of 10 × 10 or a date ten
/// years on, stays far inside `Int` and inside the years ``Day`` holds. See `docs/limits.md`.
public enum NumberLimits {
  /// The most labels on one risk scale (`risk_method.likelihood`, `risk_method.impact`).
  public static let maxScaleLabels = 10
  /// A likelihood or an impact, residual or not.
  public static let scalePoint = 1...maxScaleLabels
  /// A risk level (likelihood × impact) and the acceptance threshold.
  public static let riskLevel = 1...(maxScaleLabels * maxScaleLabels)
  /// A review interval in months: up to ten years.
  public static let reviewMonths = 1...120
  /// A number of days (finding deadlines, `--within`): up to ten years.
  public static let days = 0...3650
  /// The type of a SOC 2 report.
  public static let soc2Type = 1...2
}
