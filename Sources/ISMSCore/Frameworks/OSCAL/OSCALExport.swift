import Foundation

/// Builds the OSCAL documents of `isms export oscal`: the Annex A catalog and the SoA.
public struct OSCALExport: Sendable {
  /// The file name of the catalog in the output folder.
  public static let catalogFile = "iso27001-2022-annex-a.catalog.json"
  /// The file name of the component definition in the output folder.
  public static let componentFile = "statement-of-applicability.component-definition.json"

  /// The Annex A catalog.
  public let catalog: OSCAL.CatalogDocument
  /// The Statement of Applicability as a component definition with one component, the ISMS.
  public let componentDefinition: OSCAL.ComponentDefinitionDocument

  /// Builds both documents; `day` gives `last-modified` (midnight UTC), so equal input gives equal output.
  /// - Parameter catalogHref: the component definition's `source`, where the catalog is found: by
  ///   default the catalog's file name, which OSCAL resolves next to the component definition; a
  ///   tool that resolves it elsewhere (trestle reads relative paths from its working folder) takes
  ///   its own form, such as `trestle://catalogs/NAME/catalog.json`, or a published URL.
  public init(isms: ISMS, catalogs: Catalogs, day: Day, catalogHref: String = OSCALExport.catalogFile) {
    let timestamp = day.description + "T00:00:00Z"
    let organization = isms.config?.organization ?? "the organisation"
    catalog = OSCAL.CatalogDocument(catalog: Self.catalog(catalogs, timestamp: timestamp))
    let soa = SoAReport(isms: isms, catalogs: catalogs)
    let requirements = soa.rows.map { Self.requirement($0, organization: organization) }
    let implementation = OSCAL.ControlImplementation(
      uuid: NameUUID.v5("control-implementation:\(organization):iso27001:2022"), source: catalogHref,
      description: "Statement of Applicability of \(organization) against ISO/IEC 27001:2022 Annex A.",
      implementedRequirements: requirements)
    let component = OSCAL.Component(
      uuid: NameUUID.v5("component:\(organization):isms"), type: "policy", title: "ISMS",
      description: "The information security management system of \(organization) (ISO/IEC 27001:2022).",
      controlImplementations: [implementation])
    componentDefinition = OSCAL.ComponentDefinitionDocument(
      componentDefinition: OSCAL.ComponentDefinition(
        uuid: NameUUID.v5("component-definition:\(organization)"),
        metadata: OSCAL.Metadata(
          title: "Statement of Applicability: \(organization)", lastModified: timestamp,
          version: day.description,
          oscalVersion: OSCAL.version,
          remarks:
            "Exported by isms. One implemented requirement per Annex A control; exclusions and undecided "
            + "controls carry their applicability as a property."),
        components: [component]))
  }

  private static func catalog(_ catalogs: Catalogs, timestamp: String) -> OSCAL.Catalog {
    var order: [String] = []
    var byTheme: [String: [OSCAL.Control]] = [:]
    for control in catalogs.annexA {
      let theme = slug(control.theme)
      if byTheme[theme] == nil { order.append(theme) }
      var props = [OSCAL.Property("label", control.id, ns: nil)]
      let dimensions: [(String, [String])] = [
        ("control-type", control.controlTypes), ("security-property", control.securityProperties),
        ("cybersecurity-concept", control.cybersecurityConcepts),
        ("operational-capability", control.operationalCapabilities),
        ("security-domain", control.securityDomains),
      ]
      for (name, values) in dimensions {
        props += values.map { OSCAL.Property(name, slug($0), class: "iso27002-attribute") }
      }
      byTheme[theme, default: []].append(
        OSCAL.Control(id: control.id, class: "annex-a-control", title: control.title, props: props))
    }
    let groups = order.map { theme in
      OSCAL.Group(
        id: theme, class: "theme", title: theme.prefix(1).uppercased() + theme.dropFirst() + " controls",
        controls: byTheme[theme] ?? [])
    }
    return OSCAL.Catalog(
      uuid: NameUUID.v5("catalog:iso27001:2022:annex-a"),
      metadata: OSCAL.Metadata(
        title: "ISO/IEC 27001:2022 Annex A (control ids and attributes; titles paraphrased)",
        lastModified: timestamp, version: "2022", oscalVersion: OSCAL.version,
        remarks:
          "Ids and ISO/IEC 27002:2022 attributes only. The titles are short paraphrases written for isms; "
          + "no text of the standard is reproduced."),
      groups: groups)
  }

  private static func requirement(_ row: SoAReport.Row, organization: String) -> OSCAL.ImplementedRequirement
  {
    var props = [OSCAL.Property("applicability", row.applicability)]
    let status = row.applicability == "excluded" ? "not-applicable" : row.implementation
    if let status { props.append(OSCAL.Property("implementation-status", status)) }
    if let owner = row.owner, !owner.isEmpty { props.append(OSCAL.Property("owner", owner)) }
    let description: String
    switch row.applicability {
    case "applicable": description = "Applicable; implementation \(row.implementation ?? "not stated")."
    case "excluded": description = "Excluded from the Statement of Applicability."
    case "missing": description = "No Statement of Applicability entry yet."
    default: description = "Applicability not yet decided."
    }
    let remarks = row.justification.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    return OSCAL.ImplementedRequirement(
      uuid: NameUUID.v5("implemented-requirement:\(organization):\(row.id)"), controlID: row.id,
      description: description, props: props, remarks: remarks?.isEmpty == false ? remarks : nil)
  }

  /// Lowercase kebab-case: OSCAL tokens and property values without inner spaces.
  static func slug(_ text: String) -> String {
    let lowered = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
    return String(lowered).split(separator: "-").joined(separator: "-")
  }
}
