import Foundation

/// The per-row checks of ``RiskImport``.
struct RowContext {
  /// A row that passed every check, its values normalised.
  struct Checked {
    let row: Int
    let id: String?
    let title: String
    /// Field → normalised text (person ids, not names; dates as written).
    let fields: [String: String]
    let controls: [String]
    /// The notes columns, `Column: text` each.
    let notes: [String]
    let level: Int
    let residualLevel: Int
  }

  let isms: ISMS
  let config: ISMSConfig
  let method: RiskMethod
  let catalogs: Catalogs
  let today: Day
  let header: [String]
  let columns: [String: [Int]]
  let options: RiskImportOptions
  private var seenIDs: [String: Int] = [:]

  init(
    isms: ISMS, config: ISMSConfig, method: RiskMethod, catalogs: Catalogs, today: Day, header: [String],
    columns: [String: [Int]], options: RiskImportOptions
  ) {
    self.options = options
    self.isms = isms
    self.config = config
    self.method = method
    self.catalogs = catalogs
    self.today = today
    self.header = header
    self.columns = columns
  }

  /// Checks one record, appending every problem to `errors`; `nil` when it has any.
  mutating func check(_ record: CSVTable.Record, errors: inout [String]) -> Checked? {
    let before = errors.count
    var values: [String: String] = [:]
    var notes: [String] = []
    for (field, indices) in columns {
      for index in indices {
        let cell = record.cells[index].trimmingCharacters(in: .whitespaces)
        let value = options.mapped(cell, field: field, column: header[index]) ?? cell
        if field == "notes" {
          if !value.isEmpty, value != "--" { notes.append("\(header[index]): \(value)") }
        } else {
          values[field] = value
        }
      }
    }
    for (field, value) in options.defaults where values[field]?.isEmpty ?? true { values[field] = value }
    func fail(_ field: String, _ message: String) {
      let column = columns[field]?.first.map { header[$0] } ?? field
      errors.append("row \(record.row), column '\(column)': \(message)")
    }
    for field in RiskImport.required where values[field]?.isEmpty ?? true {
      fail(field, "required, but empty")
    }
    if let id = values["id"], !id.isEmpty {
      if id.range(of: #"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"#, options: .regularExpression) == nil {
        fail("id", "`\(id)` is not an id (letters, digits, `.`, `_`, `-`)")
      } else if isms.documents.contains(where: { $0.id.lowercased() == id.lowercased() }) {
        fail("id", "`\(id)` already exists in the ISMS")
      } else if let first = seenIDs[id.lowercased()] {
        fail("id", "`\(id)` repeats row \(first)")
      }
      seenIDs[id.lowercased()] = record.row
    }
    for field in ["owner", "accepted_by"] {
      guard let text = values[field], !text.isEmpty else { continue }
      if let person = person(text) {
        values[field] = person.id
      } else {
        fail(field, "`\(text)` is not a person of isms.yml (an id, e-mail or name)")
      }
    }
    for field in ["residual_likelihood", "residual_impact"] where values[field] == "--" { values[field] = "" }
    func score(_ field: String, scale: [String]) -> Int? {
      guard let text = values[field], !text.isEmpty else { return nil }
      if text == "--" {
        fail(field, "not assessed (`--`); assess it or map the word with --value \(field):--=N")
        return nil
      }
      let label = scale.firstIndex { $0.lowercased() == text.lowercased() }.map { $0 + 1 }
      guard let value = label ?? Int(text) else {
        fail(
          field,
          "`\(text)` is neither a number nor a word of the scale (\(scale.joined(separator: ", "))); "
            + "map it with --value \(field):\(text)=N")
        return nil
      }
      values[field] = String(value)
      guard (1...max(1, scale.count)).contains(value) else {
        fail(field, "\(value) is outside the scale 1–\(scale.count)")
        return nil
      }
      return value
    }
    let likelihood = score("likelihood", scale: method.likelihood)
    let impact = score("impact", scale: method.impact)
    let residualLikelihood = score("residual_likelihood", scale: method.likelihood)
    let residualImpact = score("residual_impact", scale: method.impact)
    let written = values["treatment"]?.lowercased() ?? ""
    let treatmentText =
      Treatment(rawValue: written) != nil ? written : RiskImportOptions.treatmentWords[written] ?? written
    let treatment = Treatment(rawValue: treatmentText)
    if !treatmentText.isEmpty, treatment == nil {
      fail(
        "treatment",
        "`\(values["treatment"] ?? "")` is not one of modify, retain, avoid, share (or mitigate, transfer, accept); "
          + "map it with --value treatment:\(values["treatment"] ?? "")=modify")
    }
    values["treatment"] = treatmentText
    let controls = controlList(values["controls"] ?? "", fail: { fail("controls", $0) })
    if treatment == .modify, (values["controls"] ?? "").isEmpty {
      fail("controls", "required when the treatment is modify: the treating Annex A controls")
    }
    if let treatment, treatment != .retain {
      for field in ["residual_likelihood", "residual_impact"] where values[field]?.isEmpty ?? true {
        fail(field, "required when the treatment is \(treatment.rawValue)")
      }
    }
    for field in ["accepted_on", "assessed_on"] {
      guard let text = values[field], !text.isEmpty else { continue }
      switch options.day(text) {
      case .success(let day): values[field] = day.description
      case .failure(let problem): fail(field, problem.message)
      }
    }
    let acceptedBy = values["accepted_by"] ?? ""
    let acceptedOn = values["accepted_on"] ?? ""
    if acceptedBy.isEmpty != acceptedOn.isEmpty {
      fail(
        acceptedBy.isEmpty ? "accepted_by" : "accepted_on",
        "an acceptance needs both accepted_by and accepted_on")
    }
    if !acceptedBy.isEmpty, let owner = values["owner"], !owner.isEmpty, acceptedBy != owner,
      person(owner) != nil
    {
      fail("accepted_by", "`\(acceptedBy)` is not the risk owner `\(owner)`; only the owner accepts (R41)")
    }
    guard errors.count == before, let likelihood, let impact, let treatment else { return nil }
    let level = likelihood * impact
    if let written = values["score"], !written.isEmpty,
      Double(written.replacingOccurrences(of: ",", with: ".")) != Double(level)
    {
      fail(
        "score",
        "\(written) is not likelihood × impact = \(likelihood) × \(impact) = \(level); correct one of them")
    }
    let residual =
      treatment == .retain && residualLikelihood == nil
      ? level : (residualLikelihood ?? 0) * (residualImpact ?? 0)
    let accepted = !acceptedBy.isEmpty
    let threshold = method.acceptanceThreshold ?? method.maxLevel
    if treatment == .retain, level > threshold, !accepted {
      fail(
        "treatment",
        "level \(level) is above the acceptance threshold \(threshold): treat it or record the owner's acceptance (R41)"
      )
    } else if residual > threshold, !accepted {
      fail(
        "residual_impact",
        "residual level \(residual) is above the acceptance threshold \(threshold) and not accepted (R41)")
    }
    guard errors.count == before else { return nil }
    return Checked(
      row: record.row, id: values["id"].flatMap { $0.isEmpty ? nil : $0 }, title: values["title"] ?? "",
      fields: values, controls: controls, notes: notes, level: level, residualLevel: residual)
  }

  /// Gives every row without an id the next `RISK-NNN` after the highest in the ISMS and the file.
  func assignIDs(_ rows: [Checked]) -> [(String, Checked)] {
    let existing = isms.documents.map(\.id) + rows.compactMap(\.id)
    var next =
      existing.compactMap { id -> Int? in
        guard id.uppercased().hasPrefix("RISK-") else { return nil }
        return Int(id.dropFirst(5))
      }.max() ?? 0
    return rows.map { row in
      if let id = row.id { return (id, row) }
      next += 1
      let digits = String(next)
      return ("RISK-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits, row)
    }
  }

  private func person(_ text: String) -> Person? {
    config.person(named: text) ?? config.people.first { $0.name.lowercased() == text.lowercased() }
  }

  private func controlList(_ text: String, fail: (String) -> Void) -> [String] {
    let ids = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" }).map(
      String.init)
    let soa = Dictionary(
      isms.documents(of: .control).map { ($0.id, $0.soaEntry?.applicability) },
      uniquingKeysWith: { first, _ in first })
    var result: [String] = []
    for id in ids where !result.contains(id) {
      guard catalogs.control(id) != nil else {
        fail("`\(id)` is not an Annex A control of ISO/IEC 27001:2022")
        continue
      }
      guard soa[id] == .some(.applicable) else {
        fail("\(id) is not applicable in the Statement of Applicability; a treating control must be (R42)")
        continue
      }
      result.append(id)
    }
    return result
  }
}
