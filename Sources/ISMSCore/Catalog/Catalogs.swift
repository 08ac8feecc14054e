/// The reference catalogs (clauses, Annex A, SOC 2 and the correspondences), loaded once.
public struct Catalogs: Sendable {
  /// File names of the catalogs, as found in `templates/catalogs/`.
  public enum File {
    /// ISO/IEC 27001:2022 clauses: id, title, parent. Required.
    public static let clauses = "iso27001-2022-clauses.tsv"
    /// ISO/IEC 27001:2022 Annex A with attributes. Required.
    public static let annexA = "iso27001-2022-annex-a.tsv"
    /// ISO/IEC 27001:2013 Annex A: id, title.
    public static let annexA2013 = "iso27001-2013-annex-a.tsv"
    /// 2013 → 2022 control correspondence: from, to.
    public static let mapping2013To2022 = "iso27001-2013-to-2022.tsv"
    /// Controls new in 2022: id.
    public static let newControls = "iso27001-2022-new-controls.tsv"
    /// SOC 2 trust services criteria.
    public static let soc2Criteria = "soc2-tsc-2017.tsv"
    /// SOC 2 criteria series.
    public static let soc2Series = "soc2-series.tsv"
    /// SOC 2 criterion → ISO/IEC 27001:2022 control.
    public static let soc2ToISO = "soc2-to-iso27001-2022.tsv"
    /// SOC 2 criterion → ISO/IEC 27001:2022 clause.
    public static let soc2ToISOClauses = "soc2-to-iso27001-2022-clauses.tsv"
    /// Every catalog file name.
    public static let all = [
      clauses, annexA, annexA2013, mapping2013To2022, newControls, soc2Criteria, soc2Series, soc2ToISO,
      soc2ToISOClauses,
    ]
  }

  /// ISO/IEC 27001:2022 clauses in file order.
  public let clauses: [CatalogClause]
  /// ISO/IEC 27001:2022 Annex A controls in file order.
  public let annexA: [AnnexAControl]
  /// ISO/IEC 27001:2013 Annex A controls in file order; empty when the file was not given.
  public let annexA2013: [LegacyControl]
  /// 2013 → 2022 correspondence; empty when the file was not given.
  public let mapping2013To2022: [CatalogMapping]
  /// Ids of the controls new in 2022; empty when the file was not given.
  public let newControls: [String]
  /// SOC 2 criteria; empty when the file was not given.
  public let soc2Criteria: [SOC2Criterion]
  /// SOC 2 series; empty when the file was not given.
  public let soc2Series: [SOC2Series]
  /// SOC 2 criterion → 2022 control (`from` is the criterion, `sources` the crosswalks behind the
  /// pair); empty when the file was not given.
  public let soc2ToISO: [CatalogMapping]
  /// SOC 2 criterion → 2022 clause (`from` is the criterion); empty when the file was not given.
  public let soc2ToISOClauses: [CatalogMapping]
  /// The placeholder text of `isms init`'s templates (rule I6); empty unless the caller reads the
  /// templates (``TemplatePhrases/init(templates:)``).
  public var templatePhrases = TemplatePhrases(templates: [:])

  private let clauseIndex: [String: CatalogClause]
  private let controlIndex: [String: AnnexAControl]
  private let legacyIndex: [String: LegacyControl]

  /// Loads the catalogs from file texts keyed by file name (``File``).
  ///
  /// The clauses and the 2022 Annex A are required; the other files are optional and empty
  /// when absent. Unknown file names are ignored.
  /// - Throws: ``CatalogError`` naming the file and line of the first problem.
  public init(files: [String: String]) throws {
    func table(_ name: String, _ columns: [String], required: Bool, id: String?) throws -> [TSVTable.Row] {
      guard let text = files[name] else {
        if required { throw CatalogError(file: name, line: nil, message: "catalog file is missing") }
        return []
      }
      let parsed = try TSVTable(file: name, text: text, columns: columns)
      if let id { try parsed.requireUniqueIDs(id, file: name) }
      return parsed.rows
    }
    let clauseRows = try table(File.clauses, ["id", "title", "parent"], required: true, id: "id")
    clauses = clauseRows.map {
      CatalogClause(id: $0["id"], title: $0["title"], parent: $0["parent"].isEmpty ? nil : $0["parent"])
    }
    annexA = try table(
      File.annexA,
      [
        "id", "title", "theme", "control_type", "security_properties", "cybersecurity_concepts",
        "operational_capabilities", "security_domains",
      ], required: true, id: "id"
    ).map {
      AnnexAControl(
        id: $0["id"], title: $0["title"], theme: $0["theme"], controlTypes: $0.list("control_type"),
        securityProperties: $0.list("security_properties"),
        cybersecurityConcepts: $0.list("cybersecurity_concepts"),
        operationalCapabilities: $0.list("operational_capabilities"),
        securityDomains: $0.list("security_domains"))
    }
    annexA2013 = try table(File.annexA2013, ["id", "title"], required: false, id: "id").map {
      LegacyControl(id: $0["id"], title: $0["title"])
    }
    clauseIndex = Dictionary(clauses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    controlIndex = Dictionary(annexA.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    legacyIndex = Dictionary(annexA2013.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for row in clauseRows where !row["parent"].isEmpty && clauseIndex[row["parent"]] == nil {
      throw CatalogError(
        file: File.clauses, line: row.line, message: "parent `\(row["parent"])` is not a clause id")
    }
    let mappingRows = try table(File.mapping2013To2022, ["from", "to"], required: false, id: nil)
    for row in mappingRows where controlIndex[row["to"]] == nil {
      throw CatalogError(
        file: File.mapping2013To2022, line: row.line, message: "`\(row["to"])` is not a 2022 control")
    }
    for row in mappingRows where !annexA2013.isEmpty && legacyIndex[row["from"]] == nil {
      throw CatalogError(
        file: File.mapping2013To2022, line: row.line, message: "`\(row["from"])` is not a 2013 control")
    }
    mapping2013To2022 = mappingRows.map { CatalogMapping(from: $0["from"], to: $0["to"]) }
    let newRows = try table(File.newControls, ["id"], required: false, id: "id")
    for row in newRows where controlIndex[row["id"]] == nil {
      throw CatalogError(
        file: File.newControls, line: row.line, message: "`\(row["id"])` is not a 2022 control")
    }
    newControls = newRows.map { $0["id"] }
    soc2Criteria = try table(
      File.soc2Criteria, ["id", "title", "category", "series", "coso_principle"], required: false, id: "id"
    ).map {
      SOC2Criterion(
        id: $0["id"], title: $0["title"], category: $0["category"], series: $0["series"],
        cosoPrinciple: $0["coso_principle"])
    }
    soc2Series = try table(File.soc2Series, ["id", "title"], required: false, id: "id").map {
      SOC2Series(id: $0["id"], title: $0["title"])
    }
    let criterionIDs = Set(soc2Criteria.map(\.id))
    let soc2Rows = try table(File.soc2ToISO, ["criterion", "control", "sources"], required: false, id: nil)
    for row in soc2Rows
    where controlIndex[row["control"]] == nil
      || (!criterionIDs.isEmpty && !criterionIDs.contains(row["criterion"]))
    {
      throw CatalogError(
        file: File.soc2ToISO, line: row.line,
        message: "`\(row["criterion"])` → `\(row["control"])` names an unknown criterion or control")
    }
    soc2ToISO = soc2Rows.map {
      CatalogMapping(from: $0["criterion"], to: $0["control"], sources: $0.list("sources"))
    }
    let soc2ClauseRows = try table(
      File.soc2ToISOClauses, ["criterion", "clause", "sources"], required: false, id: nil)
    for row in soc2ClauseRows
    where clauseIndex[row["clause"]] == nil
      || (!criterionIDs.isEmpty && !criterionIDs.contains(row["criterion"]))
    {
      throw CatalogError(
        file: File.soc2ToISOClauses, line: row.line,
        message: "`\(row["criterion"])` → `\(row["clause"])` names an unknown criterion or clause")
    }
    soc2ToISOClauses = soc2ClauseRows.map {
      CatalogMapping(from: $0["criterion"], to: $0["clause"], sources: $0.list("sources"))
    }
  }

  /// The 2022 clause with `id`, if any.
  public func clause(_ id: String) -> CatalogClause? { clauseIndex[id] }

  /// The 2022 Annex A control with `id`, if any.
  public func control(_ id: String) -> AnnexAControl? { controlIndex[id] }

  /// The Annex A control ids of `framework`, in catalog order.
  public func controlIDs(for framework: Framework) -> [String] {
    switch framework {
    case .iso27001_2022: return annexA.map(\.id)
    case .iso27001_2013: return annexA2013.map(\.id)
    }
  }

  /// The title of control `id` in `framework`, if it exists.
  public func controlTitle(_ id: String, in framework: Framework) -> String? {
    switch framework {
    case .iso27001_2022: return controlIndex[id]?.title
    case .iso27001_2013: return legacyIndex[id]?.title
    }
  }
}
