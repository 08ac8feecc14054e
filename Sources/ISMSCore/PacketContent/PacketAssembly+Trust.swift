import Foundation

extension PacketAssembly {
  /// `index.html` of a customer packet (the trust pack): scope, certificates, SOC 2 reports, audits
  /// held, controls in place by theme, excluded controls, subprocessors and their history, the
  /// public documents and who approved the pack. Nothing internal or confidential appears.
  func trustFile(_ packetPage: PacketPage) -> PacketFile {
    let path = packetPage.path
    let cycles = isms.documents(of: .cycle).filter { $0.cycleRecord?.decisionDate != nil }
    let certificates = cycles.map { document -> TemplateContext in
      let cycle = document.cycleRecord
      let valid = cycle?.status == "certified" && (cycle?.expiry.map { $0 >= request.today } ?? false)
      var row: TemplateContext = ["statusClass": valid ? "good" : "warn"]
      row.put("standard", standardName(cycle?.standard))
      row.put("certificate", cycle?.certificate)
      row.put("body", cycle?.certificationBody)
      row.put("since", cycle?.decisionDate?.description)
      row.put("expiry", cycle?.expiry?.description)
      row.put("status", valid ? "valid" : cycle?.status)
      return row
    }
    let audits = isms.documents(of: .audit).filter { document in
      guard let audit = document.audit, audit.type?.isExternal == true else { return false }
      return !PacketPlan.notHeld.contains(audit.status ?? "planned")
    }.sorted { ($0.audit?.start ?? request.today, $0.id) < ($1.audit?.start ?? request.today, $1.id) }
    let auditRows = audits.map { document -> TemplateContext in
      let audit = document.audit
      var row: TemplateContext = ["title": document.displayTitle]
      row.put("type", audit?.type.map(Self.auditTypeName))
      row.put("dates", Self.dates(audit?.start, audit?.end))
      row.put(
        "body",
        audit?.cycle.flatMap { isms.document(id: $0)?.cycleRecord?.certificationBody }
          ?? config?.certificationBodyName)
      row.put("status", audit?.status == "closed" ? "completed" : audit?.status)
      return row
    }
    let (themes, applicable, implemented) = controlThemes()
    var context: TemplateContext = [
      "organization": organization, "scope": config?.scope ?? "", "certificates": certificates,
      "hasCertificates": !certificates.isEmpty, "audits": auditRows, "hasAudits": !auditRows.isEmpty,
      "themes": themes, "documents": selection.controlled.map { publicDocument($0, page: path) },
      "hasDocuments": !selection.controlled.isEmpty,
      "controlsLine":
        "\(applicable) Annex A controls apply to the scope; \(implemented) of them are fully implemented. The others are being implemented as listed.",
      "asOfLine": "\(request.today) (from the ISMS records of \(Self.display(request.committed)))",
    ]
    context.merge(trustSections()) { _, new in new }
    if let current = currentCycle()?.cycleRecord, current.status == "certified" {
      var line = "Certified to \(standardName(current.standard) ?? "ISO/IEC 27001")"
      if let body = current.certificationBody { line += " by \(body)" }
      if let expiry = current.expiry { line += ", valid until \(expiry)" }
      context["standardLine"] = line + "."
    } else {
      context["standardLine"] = "Information security management system following ISO/IEC 27001."
    }
    return page(packetPage, context)
  }

  private func standardName(_ framework: Framework?) -> String? {
    framework.map { $0 == .iso27001_2022 ? "ISO/IEC 27001:2022" : $0.rawValue }
  }

  private func publicDocument(_ document: Document, page path: String) -> TemplateContext {
    var row: TemplateContext = [
      "id": document.id, "title": document.displayTitle, "href": document.packetPagePath,
    ]
    row.put("version", document.controlled?.version)
    row.put("effective", document.controlled?.effective?.description)
    return row
  }

  private func controlThemes() -> ([TemplateContext], Int, Int) {
    let rows = SoAReport(isms: isms, catalogs: sources.catalogs).rows.filter {
      $0.applicability == "applicable"
    }
    var order: [String] = []
    var byTheme: [String: [SoAReport.Row]] = [:]
    for row in rows {
      let theme = Self.themeTitle(row)
      if byTheme[theme] == nil { order.append(theme) }
      byTheme[theme, default: []].append(row)
    }
    let themes = order.map { theme -> TemplateContext in
      let members = byTheme[theme] ?? []
      return [
        "theme": theme, "applicable": members.count,
        "implemented": members.filter { $0.implementation == "implemented" }.count,
        "partial": members.filter { $0.implementation == "partial" }.count,
        "planned": members.filter { $0.implementation == "planned" || $0.implementation == "not-implemented" }
          .count,
        "controls": members.map { row -> TemplateContext in
          var control: TemplateContext = ["id": row.id, "title": row.title]
          let note =
            row.implementation == "implemented"
            ? nil : row.implementation.map { $0 == "partial" ? "partly implemented" : $0 }
          control.put("note", note)
          control.put("noteClass", "warn")
          return control
        },
      ]
    }
    return (themes, rows.count, rows.filter { $0.implementation == "implemented" }.count)
  }
}
