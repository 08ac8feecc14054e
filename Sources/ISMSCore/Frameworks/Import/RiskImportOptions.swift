import Foundation

/// How `isms import risks` reads a spreadsheet's words: value maps, defaults, the date format and
/// a named layout.
public struct RiskImportOptions: Sendable, Hashable {
  /// A known export layout.
  public enum Preset: String, Sendable, Hashable, CaseIterable {
    /// CISO Assistant's risk assessment CSV export (`;`, levels as names, `--` for unassessed).
    case cisoAssistant = "ciso-assistant"
  }

  /// Field (or column) → cell word (lowercased) → value (`--value treatment:Mitigate=modify`).
  public var values: [String: [String: String]]
  /// Field → value for empty cells and missing columns (`--default-owner`, `--default FIELD=VALUE`).
  public var defaults: [String: String]
  /// The date pattern, `dd.MM.yyyy` (`--date-format`); nil detects ISO and `dd.MM.yyyy`.
  public var dateFormat: String?
  /// The layout, which maps its columns and words.
  public var preset: Preset?

  /// Options; everything empty reads the register as written.
  public init(
    values: [String: [String: String]] = [:], defaults: [String: String] = [:], dateFormat: String? = nil,
    preset: Preset? = nil
  ) {
    self.values = values
    self.defaults = defaults
    self.dateFormat = dateFormat
    self.preset = preset
  }

  /// The column → field map of the preset (CISO Assistant: ref_id, assets, threats, name, …).
  var presetColumns: [String: String] {
    switch preset {
    case .cisoAssistant?:
      [
        "ref_id": "id", "assets": "asset", "threats": "threat", "name": "title", "description": "description",
        "existing_controls": "notes", "existing_applied_controls": "notes", "additional_controls": "notes",
        "applied_controls": "notes", "strength_of_knowledge": "notes", "justification": "notes",
        "current_impact": "impact", "current_proba": "likelihood", "residual_impact": "residual_impact",
        "residual_proba": "residual_likelihood", "treatment": "treatment",
      ]
    case nil: [:]
    }
  }

  /// Words every register may use for a treatment, mapped when unambiguous.
  static let treatmentWords = [
    "mitigate": "modify", "reduce": "modify", "treat": "modify", "modify": "modify", "mitigation": "modify",
    "transfer": "share", "share": "share", "insure": "share",
    "accept": "retain", "retain": "retain", "tolerate": "retain", "accepted": "retain",
    "avoid": "avoid", "terminate": "avoid", "eliminate": "avoid",
  ]

  /// A header cell as a comparison key: case, spaces, `_` and `-` do not count.
  static func key(_ name: String) -> String {
    name.lowercased().filter { $0.isLetter || $0.isNumber }
  }

  /// The value the user's map gives `cell` of `field` read from `column`, if any.
  func mapped(_ cell: String, field: String, column: String) -> String? {
    let word = cell.lowercased()
    for (name, map) in values where Self.key(name) == Self.key(field) || Self.key(name) == Self.key(column) {
      if let value = map[word] { return value }
    }
    return nil
  }

  /// `text` as a day: ISO, the `--date-format` pattern, or (without one) `dd.MM.yyyy`, `d/M/yyyy`
  /// when the day is above 12.
  /// - Returns: the day, or the reason it could not be read.
  func day(_ text: String) -> Result<Day, DateProblem> {
    if let day = Day(text) { return .success(day) }
    if let dateFormat {
      return Self.day(text, pattern: dateFormat).map { .success($0) }
        ?? .failure(DateProblem("`\(text)` does not match --date-format \(dateFormat)"))
    }
    let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).compactMap { Int($0) }
    guard parts.count == 3, parts[2] > 999 else {
      return .failure(DateProblem("`\(text)` is not a date YYYY-MM-DD; pass --date-format, e.g. dd.MM.yyyy"))
    }
    if text.contains(".") || parts[0] > 12 {
      return Day(year: parts[2], month: parts[1], day: parts[0]).map { .success($0) }
        ?? .failure(DateProblem("`\(text)` is not a day that exists"))
    }
    if parts[1] > 12 {
      return Day(year: parts[2], month: parts[0], day: parts[1]).map { .success($0) }
        ?? .failure(DateProblem("`\(text)` is not a day that exists"))
    }
    return .failure(
      DateProblem("`\(text)` could be day/month or month/day; pass --date-format dd/MM/yyyy or MM/dd/yyyy"))
  }

  /// A date that cannot be read.
  struct DateProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
  }

  /// Reads `text` by `pattern` (`dd`, `d`, `MM`, `M`, `yyyy`, other characters literal).
  static func day(_ text: String, pattern: String) -> Day? {
    var values: [Character: Int] = [:]
    var input = Substring(text)
    var rest = Substring(pattern)
    while let symbol = rest.first {
      let run = rest.prefix { $0 == symbol }
      rest = rest.dropFirst(run.count)
      guard "dMy".contains(symbol) else {
        guard input.hasPrefix(run) else { return nil }
        input = input.dropFirst(run.count)
        continue
      }
      let digits = input.prefix { $0.isASCII && $0.isNumber }.prefix(symbol == "y" ? 4 : max(run.count, 2))
      guard !digits.isEmpty, let number = Int(digits) else { return nil }
      values[symbol] = number
      input = input.dropFirst(digits.count)
    }
    guard input.isEmpty, let year = values["y"], let month = values["M"], let day = values["d"] else {
      return nil
    }
    return Day(year: year, month: month, day: day)
  }
}
