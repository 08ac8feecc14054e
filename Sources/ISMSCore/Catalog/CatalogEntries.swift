/// A clause of ISO/IEC 27001:2022 (4–10 and their sub-clauses).
public struct CatalogClause: Sendable, Hashable, Codable {
  /// The clause id, `6.1.3`.
  public let id: String
  /// The clause title.
  public let title: String
  /// The parent clause id, `nil` for a top-level clause.
  public let parent: String?
}

/// An Annex A control of ISO/IEC 27001:2022 with its ISO/IEC 27002 attributes.
public struct AnnexAControl: Sendable, Hashable, Codable {
  /// The control id, `A.5.15`.
  public let id: String
  /// The control title.
  public let title: String
  /// The theme: organizational, people, physical or technological.
  public let theme: String
  /// Control types (preventive, detective, corrective).
  public let controlTypes: [String]
  /// Information security properties (confidentiality, integrity, availability).
  public let securityProperties: [String]
  /// Cybersecurity concepts (identify, protect, detect, respond, recover).
  public let cybersecurityConcepts: [String]
  /// Operational capabilities.
  public let operationalCapabilities: [String]
  /// Security domains.
  public let securityDomains: [String]
}

/// An Annex A control of ISO/IEC 27001:2013, kept for `isms migrate`.
public struct LegacyControl: Sendable, Hashable, Codable {
  /// The control id, `A.9.2.1`.
  public let id: String
  /// The control title.
  public let title: String
}

/// One row of a correspondence table between two catalogs.
public struct CatalogMapping: Sendable, Hashable, Codable {
  /// The id in the source catalog.
  public let from: String
  /// The id in the target catalog.
  public let to: String
  /// The tags of the public crosswalks that support the pair (`scf`, `adobe-ccf`, `cisco-ccf`);
  /// empty for correspondences published by ISO itself.
  public let sources: [String]

  /// A mapping from `from` to `to`, supported by `sources`.
  public init(from: String, to: String, sources: [String] = []) {
    self.from = from
    self.to = to
    self.sources = sources
  }
}

/// A SOC 2 trust services criterion (2017, revised points of focus 2022).
public struct SOC2Criterion: Sendable, Hashable, Codable {
  /// The criterion id, `CC6.1`.
  public let id: String
  /// The criterion text or title.
  public let title: String
  /// The category: security, availability, processing integrity, confidentiality or privacy.
  public let category: String
  /// The series id, `CC6`.
  public let series: String
  /// The COSO principle it maps to, when any.
  public let cosoPrinciple: String
}

/// A SOC 2 criteria series, `CC6` Logical and Physical Access Controls.
public struct SOC2Series: Sendable, Hashable, Codable {
  /// The series id.
  public let id: String
  /// The series title.
  public let title: String
}
