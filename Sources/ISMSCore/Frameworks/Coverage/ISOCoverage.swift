/// How far the ISMS addresses ISO/IEC 27001:2022: clauses 4–10 by documents, Annex A by the SoA.
public struct ISOCoverage: Sendable, Hashable, Codable {
  /// One clause and the documents that address it.
  public struct Clause: Sendable, Hashable, Codable {
    /// The clause id, `6.1.2`.
    public let id: String
    /// Our short title.
    public let title: String
    /// The parent clause, when a third-level sub-clause.
    @NullEncoded public var parent: String?
    /// The ids of the documents that address it through `clauses` or `mandatory`, sorted.
    public let documents: [String]
    /// Whether any document addresses it.
    public let addressed: Bool

    private enum CodingKeys: String, CodingKey { case id, title, parent, documents, addressed }
  }

  /// One Annex A control with its decision and its ISO/IEC 27002 attributes.
  public struct Control: Sendable, Hashable, Codable {
    /// The decision and status.
    public let decision: CoverageControl
    /// The 27002 attributes.
    public let attributes: Attributes
  }

  /// The five ISO/IEC 27002:2022 attribute dimensions of a control.
  public struct Attributes: Sendable, Hashable, Codable {
    /// preventive, detective, corrective.
    public let controlType: [String]
    /// confidentiality, integrity, availability.
    public let securityProperties: [String]
    /// identify, protect, detect, respond, recover.
    public let cybersecurityConcepts: [String]
    /// Operational capabilities.
    public let operationalCapabilities: [String]
    /// Security domains.
    public let securityDomains: [String]

    private enum CodingKeys: String, CodingKey {
      case controlType = "control_type"
      case securityProperties = "security_properties"
      case cybersecurityConcepts = "cybersecurity_concepts"
      case operationalCapabilities = "operational_capabilities"
      case securityDomains = "security_domains"
    }
  }

  /// The controls of one theme and their counts.
  public struct Theme: Sendable, Hashable, Codable {
    /// organizational, people, physical or technological.
    public let theme: String
    /// The controls in catalog order.
    public let controls: [Control]
    /// Applicable and implemented controls.
    public let implemented: Int
    /// Applicable controls.
    public let applicable: Int
    /// Excluded controls.
    public let excluded: Int
    /// Controls without a decision (undecided or missing).
    public let undecided: Int
  }

  /// Always `iso27001`.
  public let framework: String
  /// Clauses 4–10 in catalog order.
  public let clauses: [Clause]
  /// Annex A by theme, in catalog order of first appearance.
  public let themes: [Theme]

  /// Builds the coverage of `isms`.
  public init(isms: ISMS, catalogs: Catalogs) {
    let soa = Dictionary(
      SoAReport(isms: isms, catalogs: catalogs).rows.map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let addressing = ClauseAddressing(isms: isms)
    framework = "iso27001"
    clauses = catalogs.clauses.map { clause in
      let documents = addressing.documents(for: clause.id)
      return Clause(
        id: clause.id, title: clause.title, parent: clause.parent, documents: documents,
        addressed: !documents.isEmpty)
    }
    var order: [String] = []
    var byTheme: [String: [Control]] = [:]
    for control in catalogs.annexA {
      if byTheme[control.theme] == nil { order.append(control.theme) }
      let attributes = Attributes(
        controlType: control.controlTypes, securityProperties: control.securityProperties,
        cybersecurityConcepts: control.cybersecurityConcepts,
        operationalCapabilities: control.operationalCapabilities,
        securityDomains: control.securityDomains)
      byTheme[control.theme, default: []].append(
        Control(
          decision: CoverageControl.from(control.id, soa: soa, catalogs: catalogs), attributes: attributes))
    }
    themes = order.map { theme in
      let controls = byTheme[theme] ?? []
      let decisions = controls.map(\.decision)
      return Theme(
        theme: theme, controls: controls, implemented: decisions.filter(\.isEffective).count,
        applicable: decisions.filter { $0.applicability == "applicable" }.count,
        excluded: decisions.filter { $0.applicability == "excluded" }.count,
        undecided: decisions.filter { $0.applicability == "undecided" || $0.applicability == "missing" }.count
      )
    }
  }
}
