import Foundation

/// Imports a risk register from a CSV table: checks every row, then renders one `risk` file each.
///
/// Nothing is produced when any row is bad: ``RiskImport/errors`` lists every problem, row by row.
public struct RiskImport: Sendable {
  /// The fields of the risk files a column may fill, in output order: the id and the imported
  /// ``RiskField``s.
  public static let riskFields = ["id"] + RiskField.allCases.filter(\.isImported).map(\.rawValue)
  /// The fields a column may fill: ``riskFields``, and what goes into the body (`description`,
  /// `notes`) or is checked (`score`).
  public static let fields = riskFields + ["description", "notes", "score"]
  /// The fields every row must give: those the schema requires, but `assessed_on`, which is the
  /// day of the import when empty.
  static let required = RiskField.allCases.filter { $0.isImported && $0.spec.required && $0 != .assessedOn }
    .map(\.rawValue)

  /// One risk ready to be written.
  public struct Risk: Sendable, Hashable, Encodable {
    /// The id, from the file or generated.
    public let id: String
    /// The CSV row it came from.
    public let row: Int
    /// The title.
    public let title: String
    /// The level before treatment.
    public let level: Int
    /// The residual level, or the level when retained.
    public let residualLevel: Int
    /// The treatment.
    public let treatment: String
    /// The file to create, relative to the ISMS root.
    public let path: String
    /// The file text.
    public let text: String

    private enum CodingKeys: String, CodingKey {
      case id, row, title, level, treatment, path
      case residualLevel = "residual_level"
    }
  }

  /// The risks that would be created (empty when there are errors).
  public let risks: [Risk]
  /// Every problem, in row order: `row 7, column 'likelihood': 9 is outside the scale 1–5`.
  public let errors: [String]
  /// Columns that are not imported.
  public let ignoredColumns: [String]
  /// Which column gives which field (`Risk Owner → owner`), and the defaults used.
  public let carried: [String]

  /// Checks `table` against `isms` and prepares the files.
  /// - Parameters:
  ///   - mapping: column name → risk field (`--map "Risk Owner=owner"`); other columns match field
  ///     names, case, spaces, `_` and `-` aside (`Residual Likelihood` is `residual_likelihood`).
  ///   - options: value maps, defaults, the date format, the preset.
  ///   - source: the file name, quoted in each risk's body.
  public init(
    table: CSVTable, mapping: [String: String], options: RiskImportOptions = RiskImportOptions(), isms: ISMS,
    catalogs: Catalogs, today: Day, source: String
  ) {
    var errors: [String] = []
    var columns: [String: [Int]] = [:]
    var ignored: [String] = []
    var carried: [String] = []
    let keyed = Dictionary(
      (options.presetColumns.map { ($0.key, $0.value) } + mapping.map { ($0.key, $0.value) }).map {
        (RiskImportOptions.key($0.0), $0.1)
      }, uniquingKeysWith: { _, user in user })
    let aliases = ["riskscore": "score", "comments": "notes", "comment": "notes", "riskowner": "owner"]
    let fieldsByKey = Dictionary(
      Self.fields.map { (RiskImportOptions.key($0), $0) }, uniquingKeysWith: { a, _ in a })
    for (index, name) in table.header.enumerated() {
      let key = RiskImportOptions.key(name)
      guard let field = keyed[key] ?? fieldsByKey[key] ?? aliases[key], Self.fields.contains(field) else {
        ignored.append(name)
        continue
      }
      if let other = columns[field]?.first, field != "notes" {
        errors.append(
          "columns '\(table.header[other])' and '\(name)' both give `\(field)`; map one elsewhere")
      }
      columns[field, default: []].append(index)
      if field != key { carried.append("column '\(name)' → \(field)") }
    }
    for (field, value) in options.defaults.sorted(by: { $0.key < $1.key }) {
      carried.append("\(field) defaults to `\(value)` where empty")
    }
    for field in Self.required where columns[field] == nil && options.defaults[field] == nil {
      errors.append(
        "no column gives the required field `\(field)`; add one, pass --map 'COLUMN=\(field)' or --default \(field)=VALUE"
      )
    }
    ignoredColumns = ignored
    self.carried = carried
    guard errors.isEmpty, let config = isms.config, let method = config.riskMethod else {
      if isms.config?.riskMethod == nil {
        errors.append("isms.yml has no readable risk_method; fix it first")
      }
      self.errors = errors
      risks = []
      return
    }
    var context = RowContext(
      isms: isms, config: config, method: method, catalogs: catalogs, today: today, header: table.header,
      columns: columns, options: options)
    var rows: [RowContext.Checked] = []
    for record in table.records {
      if let checked = context.check(record, errors: &errors) { rows.append(checked) }
    }
    guard errors.isEmpty else {
      self.errors = errors
      risks = []
      return
    }
    let prepared = context.assignIDs(rows).map { id, checked in
      let path = "risks/\(id).md"
      return Risk(
        id: id, row: checked.row, title: checked.title, level: checked.level,
        residualLevel: checked.residualLevel,
        treatment: checked.fields["treatment"] ?? "", path: path,
        text: RiskImport.render(id: id, checked: checked, source: source, today: today))
    }
    // The files pass the checks every document passes (sizes, YAML, schema) before any is written.
    for risk in prepared {
      for diagnostic in ISMS.check(path: risk.path, bytes: Data(risk.text.utf8))
      where diagnostic.severity == .error {
        errors.append("row \(risk.row): \(risk.path) would not validate: \(diagnostic.message)")
      }
    }
    self.errors = errors
    risks = errors.isEmpty ? prepared : []
  }

  /// The files to commit.
  public var changes: [FileChange] { risks.map { .write(path: $0.path, contents: Data($0.text.utf8)) } }

  static func render(id: String, checked: RowContext.Checked, source: String, today: Day) -> String {
    var lines = ["---", "id: \(id)", "kind: risk"]
    for field in RiskField.allCases where field.isImported {
      guard let value = checked.fields[field.rawValue], !value.isEmpty else { continue }
      switch field {
      case .title, .asset, .threat, .vulnerability:
        lines.append("\(field.rawValue): \(YAMLText.quoted(value))")
      case .controls: lines.append("controls: \(YAMLText.idList(checked.controls))")
      default: lines.append("\(field.rawValue): \(value)")
      }
      if field == .impact { lines.append("level: \(checked.level)") }
    }
    if checked.fields["assessed_on"]?.isEmpty ?? true { lines.append("assessed_on: \(today)") }
    lines += ["status: open", "---", "", "# \(checked.title)", ""]
    if let description = checked.fields["description"], !description.isEmpty { lines += [description, ""] }
    if !checked.notes.isEmpty { lines += ["## Notes", ""] + checked.notes.map { "- \($0)" } + [""] }
    lines.append("Imported from \(source) (row \(checked.row)) on \(today) by `isms import risks`.")
    return lines.joined(separator: "\n") + "\n"
  }
}
