import Foundation

extension PacketAssembly {
  /// The document standing for `mandatory` (the SoA, the risk treatment plan), if not retired.
  func mandatoryDocument(_ mandatory: MandatoryDocument) -> Document? {
    isms.documents.first { document in
      guard let fields = document.controlled else { return false }
      return fields.mandatory.contains(mandatory) && fields.status != .retired
    }
  }

  /// `soa.html` and `soa.csv`.
  func soaFiles(_ packetPage: PacketPage) -> [PacketFile] {
    let report = SoAReport(isms: isms, catalogs: sources.catalogs)
    let path = packetPage.path
    var counts: [String: Int] = [:]
    for row in report.rows {
      counts[row.applicability, default: 0] += 1
      if row.applicability == "applicable" { counts[row.implementation ?? "unset", default: 0] += 1 }
    }
    var themes: [(String, [TemplateContext])] = []
    for row in report.rows {
      let theme = Self.themeTitle(row)
      if themes.last?.0 != theme { themes.append((theme, [])) }
      themes[themes.count - 1].1.append(soaRow(row, page: path))
    }
    var context: TemplateContext = [
      "total": report.rows.count, "framework": frameworkName(report.framework),
      "applicable": counts["applicable"] ?? 0, "implemented": counts["implemented"] ?? 0,
      "partial": counts["partial"] ?? 0, "planned": counts["planned"] ?? 0,
      "notImplemented": counts["not-implemented"] ?? 0, "excluded": counts["excluded"] ?? 0,
      "undecided": counts["undecided"] ?? false, "missing": counts["missing"] ?? false,
      "themes": themes.map { ["theme": $0.0, "rows": $0.1] as TemplateContext },
    ]
    context.put("version", mandatoryDocument(.statementOfApplicability)?.packetVersion)
    var csv = CSV.row([
      "control", "title", "theme", "applicability", "justification", "implementation", "owner", "documents",
      "risks",
    ])
    for row in report.rows {
      csv += CSV.row([
        row.id, row.title, row.theme, row.applicability, row.justification ?? "", row.implementation ?? "",
        row.owner ?? "", row.policies.joined(separator: " "), row.risks.joined(separator: " "),
      ])
    }
    return [
      page(packetPage, context),
      PacketFile(path: "soa.csv", contents: CSV.file(csv)),
    ]
  }

  private func soaRow(_ row: SoAReport.Row, page path: String) -> TemplateContext {
    var context: TemplateContext = [
      "id": row.id, "title": row.title, "applicability": row.applicability,
      "applicabilityClass": PacketLabels.badgeClass(row.applicability),
      "policies": row.policies.map { link($0, from: path) }, "risks": row.risks.map { link($0, from: path) },
    ]
    context.put("href", href(toID: row.id, from: path))
    context.put("implementation", row.implementation)
    context.put("implementationClass", PacketLabels.badgeClass(row.implementation))
    context.put("justification", row.justification)
    context.put("owner", person(row.owner))
    return context
  }

  /// `{id, href}` for a reference to document `id`; `href` is `false` when it is not in the packet.
  func link(_ id: String, from path: String) -> TemplateContext {
    var context: TemplateContext = ["id": id]
    context.put("href", href(toID: id, from: path))
    return context
  }

  /// `Organizational controls (A.5)` for a row of theme `organizational`.
  static func themeTitle(_ row: SoAReport.Row) -> String {
    let clause = row.id.split(separator: ".").prefix(2).joined(separator: ".")
    guard !row.theme.isEmpty else { return "Controls (\(clause))" }
    return row.theme.prefix(1).uppercased() + row.theme.dropFirst() + " controls (\(clause))"
  }

  /// `ISO/IEC 27001:2022 Annex A`.
  func frameworkName(_ framework: Framework) -> String {
    switch framework {
    case .iso27001_2022: "ISO/IEC 27001:2022 Annex A"
    default: "\(framework.rawValue) Annex A"
    }
  }
}
