import Foundation

/// What a comply document's `satisfies:` becomes: the Annex A controls and the clauses of
/// ISO/IEC 27001:2022 it addresses, through the SOC 2 → ISO mappings where the key is TSC.
struct ComplySatisfies {
  /// The Annex A controls, in catalog order.
  let controls: [String]
  /// The clauses, in catalog order.
  let clauses: [String]
  /// The criteria as read, normalised, per key (for `x-comply-satisfies`).
  let normalised: [(key: String, criteria: [String])]
  /// What was carried over, one line each (`TSC CC6.1 → A.5.15, A.8.3`).
  let carried: [String]
  /// What could not be mapped, one line each.
  let leftOut: [String]

  /// Reads `satisfies` (`entries`) of the comply file `path` against `catalogs`.
  init(_ entries: [YAMLEntry], path: String, catalogs: Catalogs) {
    var controlsOf: [String: [String]] = [:]
    for mapping in catalogs.soc2ToISO { controlsOf[mapping.from, default: []].append(mapping.to) }
    var clausesOf: [String: [String]] = [:]
    for mapping in catalogs.soc2ToISOClauses { clausesOf[mapping.from, default: []].append(mapping.to) }
    let criteria = Set(catalogs.soc2Criteria.map(\.id))
    let annexA = Set(catalogs.annexA.map(\.id))
    let clauseIDs = Set(catalogs.clauses.map(\.id))
    var controls: Set<String> = []
    var clauses: Set<String> = []
    var normalised: [(String, [String])] = []
    var carried: [String] = []
    var leftOut: [String] = []
    for entry in entries {
      let values = FieldReader([entry]).strings(entry.key).map { Self.identifier($0) }.filter { !$0.isEmpty }
      normalised.append((entry.key, values))
      switch Self.standard(entry.key) {
      case .tsc:
        for criterion in values {
          guard criteria.contains(criterion) else {
            leftOut.append("\(path): \(criterion) is not a TSC criterion (2017 criteria, revised 2022)")
            continue
          }
          let mapped = (controlsOf[criterion] ?? []) + (clausesOf[criterion] ?? [])
          controls.formUnion(controlsOf[criterion] ?? [])
          clauses.formUnion(clausesOf[criterion] ?? [])
          if mapped.isEmpty {
            leftOut.append("\(path): \(criterion) maps to no Annex A control or clause (SOC 2 only)")
          } else {
            carried.append("\(path): TSC \(criterion) → \(mapped.joined(separator: ", "))")
          }
        }
      case .iso27001:
        for id in values {
          let control = id.hasPrefix("A.") ? id : "A." + id
          if annexA.contains(control), id.hasPrefix("A.") || !clauseIDs.contains(id) {
            controls.insert(control)
            carried.append("\(path): \(entry.key) \(id) → \(control)")
          } else if clauseIDs.contains(id) {
            clauses.insert(id)
            carried.append("\(path): \(entry.key) \(id) → clause \(id)")
          } else {
            leftOut.append("\(path): \(entry.key) \(id) is no ISO/IEC 27001:2022 clause or Annex A control")
          }
        }
      case nil:
        leftOut.append(
          "\(path): criteria of `\(entry.key)` have no mapping (TSC and ISO27001 keys are read)")
      }
    }
    let controlOrder = Dictionary(
      catalogs.annexA.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let clauseOrder = Dictionary(
      catalogs.clauses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.controls = controls.sorted { (controlOrder[$0] ?? 0) < (controlOrder[$1] ?? 0) }
    self.clauses = clauses.sorted { (clauseOrder[$0] ?? 0) < (clauseOrder[$1] ?? 0) }
    self.normalised = normalised
    self.carried = carried
    self.leftOut = leftOut
  }

  enum Standard { case tsc, iso27001 }

  /// The standard a `satisfies` key names: `TSC`, `TSC2017`, `SOC2`, `SOC 2`; `ISO27001`,
  /// `ISO 27001:2022`, `iso27001`.
  static func standard(_ key: String) -> Standard? {
    let squeezed = key.uppercased().filter { $0.isLetter || $0.isNumber }
    if squeezed.hasPrefix("TSC") || squeezed.hasPrefix("SOC2") { return .tsc }
    if squeezed.hasPrefix("ISO27001") || squeezed.hasPrefix("ISOIEC27001") { return .iso27001 }
    return nil
  }

  /// The identifier a criterion entry starts with: `CC7.3 - Incident Detection` → `CC7.3`,
  /// `cc6.1 ` → `CC6.1`, `a.5.15` → `A.5.15`.
  static func identifier(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let token = trimmed.prefix { !$0.isWhitespace && $0 != ":" && $0 != "," && $0 != "(" }
    var id = String(token).uppercased()
    while id.hasSuffix(".") || id.hasSuffix("-") { id.removeLast() }
    return id
  }
}
