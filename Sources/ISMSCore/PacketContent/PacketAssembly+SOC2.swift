import Foundation

extension PacketAssembly {
  private var soc2ScopeSummary: String { config?.soc2?.summary ?? "SOC 2 (no scope in isms.yml)" }

  private func soc2Categories(_ coverage: SOC2Coverage) -> String {
    let titles = coverage.categories.compactMap { SOC2Scope.Category(rawValue: $0)?.title.lowercased() }
    guard titles.count > 1 else { return titles.first ?? "" }
    return titles.dropLast().joined(separator: ", ") + " and " + (titles.last ?? "")
  }

  private func documentLink(_ document: Document, from path: String) -> TemplateContext {
    var context: TemplateContext = ["id": document.id, "title": document.title ?? ""]
    context.put("href", href(toID: document.id, from: path))
    return context
  }

  private func approved(_ kind: DocumentKind) -> [Document] {
    isms.documents(of: kind).filter { $0.controlled?.status == .approved }
  }

  /// `soc2-description.html`.
  func soc2DescriptionFile(_ packetPage: PacketPage, _ coverage: SOC2Coverage) -> PacketFile {
    let path = packetPage.path
    let suppliers = isms.documents(of: .supplier)
    let subservice = suppliers.filter {
      $0.supplier?.criticality == "critical" || $0.supplier?.data.contains("customer-data") == true
    }
    func supplierRow(_ document: Document) -> TemplateContext {
      var context = documentLink(document, from: path)
      context["service"] = document.supplier?.service ?? ""
      context["criticality"] = document.supplier?.criticality ?? ""
      context["data"] = document.supplier?.data.joined(separator: ", ") ?? ""
      return context
    }
    // A subservice organisation's own SOC 2 report, from its assurance records: what it covers
    // and the complementary user entity controls it expects of us, each with our controls.
    func subserviceRow(_ document: Document) -> TemplateContext {
      var context = supplierRow(document)
      let assurance = SupplierAssurance(document, in: isms)
      guard let report = assurance.latestReport, let record = report.assurance else { return context }
      let type = record.reportType.map { " Type \($0)" } ?? ""
      let period = record.coverageEnd.map { ", period ending \($0)" } ?? ""
      context["report"] = "SOC 2\(type)\(period) (\(report.id))"
      let cuecs = record.cuecs.map { cuec -> TemplateContext in
        ["id": cuec.id ?? "", "text": cuec.text ?? "", "controls": cuec.controls.joined(separator: ", ")]
      }
      context["cuecs"] = cuecs
      context["hasCUECs"] = !cuecs.isEmpty
      return context
    }
    let policies = approved(.policy).map { documentLink($0, from: path) }
    let procedures = approved(.procedure).map { documentLink($0, from: path) }
    let dataKinds = Set(suppliers.flatMap { $0.supplier?.data ?? [] }).sorted()
    var context: TemplateContext = [
      "organization": organization, "scopeSummary": soc2ScopeSummary, "commit": request.sourceCommit,
      "scope": config?.scope ?? "", "categories": soc2Categories(coverage),
      "policies": policies, "hasPolicies": !policies.isEmpty,
      "suppliers": suppliers.map(supplierRow), "hasSuppliers": !suppliers.isEmpty,
      "subservice": subservice.map(subserviceRow), "hasSubservice": !subservice.isEmpty,
      "procedures": procedures, "hasProcedures": !procedures.isEmpty,
      "people": (config?.people ?? []).map { person -> TemplateContext in
        [
          "name": person.name, "roles": person.roles.map(\.rawValue).joined(separator: ", "),
          "areas": person.areas.joined(separator: ", "),
        ]
      },
    ]
    context.put("auditor", config?.soc2?.serviceAuditor)
    context.put("dataKinds", dataKinds.joined(separator: ", "))
    return page(packetPage, context)
  }

  /// `soc2-assertion.html`.
  func soc2AssertionFile(_ packetPage: PacketPage, _ coverage: SOC2Coverage) -> PacketFile {
    let scope = config?.soc2
    let summary = coverage.summary
    var context: TemplateContext = [
      "organization": organization, "categories": soc2Categories(coverage),
      "categoryWord": coverage.categories.count == 1 ? "category" : "categories",
      "type1": scope?.type == .type1, "type2": scope?.type == .type2,
      "hasCarveOut": isms.documents(of: .supplier).contains { $0.supplier?.criticality == "critical" },
      "signatories": (config?.people ?? []).filter { $0.holds(.topManagement) }.map { ["name": $0.name] },
      "commit": request.sourceCommit, "criteria": summary.criteria, "covered": summary.covered,
      "partial": summary.partial, "uncovered": summary.uncovered, "soc2Only": summary.soc2Only,
    ]
    context.put("start", scope?.periodStart?.description)
    context.put("end", scope?.periodEnd?.description)
    context.put("asOf", scope?.asOf?.description)
    context.put("auditor", scope?.serviceAuditor)
    return page(packetPage, context)
  }

  private static func statusClass(_ status: SOC2Coverage.Status) -> String {
    switch status {
    case .covered: "good"
    case .partial: "warn"
    case .uncovered: "bad"
    case .soc2Only: ""
    }
  }

  /// What the SoA says of control `id`: its justification and evidence.
  private func controlDescription(_ id: String) -> String {
    guard let entry = isms.document(id: id)?.soaEntry else { return "" }
    return ([entry.justification].compactMap { $0 } + entry.evidence).joined(separator: " ")
  }

  /// `soc2-matrix.html` and `soc2-matrix.csv`.
  func soc2MatrixFiles(_ packetPage: PacketPage, _ coverage: SOC2Coverage) -> [PacketFile] {
    let path = packetPage.path
    var csv = CSV.row([
      "criterion", "criterion_title", "category", "design", "control", "control_title", "applicability",
      "implementation", "owner", "documents", "description", "sources", "activities",
    ])
    let statuses = soc2OperationStatuses()
    let statusByID = Dictionary(
      (statuses ?? []).map { ($0.document.id, $0) }, uniquingKeysWith: { first, _ in first })
    let criteria = coverage.criteria.map { criterion -> TemplateContext in
      let activities = soc2Activities(for: criterion).map {
        soc2ActivityRow($0, status: statuses == nil ? nil : statusByID[$0.id], page: path)
      }
      let activityCell = activities.map(\.csv).joined(separator: " ")
      let controls = criterion.controls.map { control -> TemplateContext in
        let decision = control.decision
        let status =
          decision.implementation.map { "\(decision.applicability), \($0)" } ?? decision.applicability
        let owner = isms.document(id: decision.id)?.soaEntry?.owner
        let description = controlDescription(decision.id)
        csv += CSV.row([
          criterion.id, criterion.title, criterion.category, criterion.status.rawValue, decision.id,
          decision.title,
          decision.applicability, decision.implementation ?? "", owner ?? "",
          control.documents.joined(separator: " "), description, control.sources.joined(separator: " "),
          activityCell,
        ])
        var context: TemplateContext = [
          "id": decision.id, "title": decision.title, "status": status,
          "statusClass": PacketLabels.badgeClass(
            decision.isEffective ? "implemented" : decision.implementation),
          "documents": control.documents.map { link($0, from: path) },
        ]
        context.put("href", href(toID: decision.id, from: path))
        context.put("description", description)
        context.put("owner", person(owner))
        return context
      }
      if criterion.controls.isEmpty {
        csv += CSV.row([
          criterion.id, criterion.title, criterion.category, criterion.status.rawValue, "", "", "", "", "",
          "", "", "", activityCell,
        ])
      }
      let clauses = criterion.clauses.map { clause -> TemplateContext in
        [
          "id": clause.id, "shown": clause.isShown,
          "links": (clause.documents + clause.records).map { link($0, from: path) },
        ]
      }
      var context: TemplateContext = [
        "id": criterion.id, "title": criterion.title, "status": criterion.status.rawValue,
        "statusClass": Self.statusClass(criterion.status), "controls": controls,
        "hasControls": !controls.isEmpty, "clauses": clauses, "hasClauses": !clauses.isEmpty,
        "soc2Only": criterion.status == .soc2Only, "activities": activities.map(\.context),
        "hasActivities": !activities.isEmpty,
      ]
      context.put("href", nil)
      return context
    }
    let summary = coverage.summary
    let context: TemplateContext = [
      "activityNote": statuses == nil
        ? "a Type I report: design only, no period" : "occurrences judged on \(request.today)",
      "categories": soc2Categories(coverage), "criteria": criteria, "covered": summary.covered,
      "partial": summary.partial, "uncovered": summary.uncovered, "soc2Only": summary.soc2Only,
    ]
    return [
      page(packetPage, context),
      PacketFile(path: "soc2-matrix.csv", contents: CSV.file(csv)),
    ]
  }

  /// `soc2-changes.html` and `soc2-changes.csv`.
  func soc2ChangeFiles(_ packetPage: PacketPage) -> [PacketFile] {
    let path = packetPage.path
    var csv = CSV.row(["change", "path", "old_path", "document", "kind", "title", "commits", "approvals"])
    var context: TemplateContext = [:]
    context.put("asOf", config?.soc2?.asOf?.description)
    if let changes = sources.soc2Period {
      let period = changes.period
      let rows = changes.changes.map { change -> TemplateContext in
        let after = change.status == .removed ? nil : isms.document(atPath: change.path)
        let document = after ?? change.before
        let revisions = (sources.histories.commits[change.path] ?? []).filter { period.contains($0.day) }
        let approvals = revisions.filter { revision in document.map { revision.approves($0.id) } ?? false }
          .map { "\($0.day) by \(config?.person(email: $0.author.email)?.name ?? $0.author.name)" }
          .joined(separator: "; ")
        csv += CSV.row([
          change.status.rawValue, change.path, change.oldPath ?? "", document?.id ?? "",
          document?.kind.rawValue ?? "", document?.title ?? "", String(revisions.count), approvals,
        ])
        var row: TemplateContext = [
          "status": change.status.rawValue, "statusClass": PacketLabels.badgeClass(change.status.rawValue),
          "id": document?.id ?? change.path, "title": document?.displayTitle ?? "", "path": change.path,
          "commits": revisions.count,
        ]
        row.put("href", after.flatMap { href(toID: $0.id, from: path) })
        row.put("oldPath", change.oldPath)
        row.put("approvals", approvals)
        return row
      }
      var periodContext: TemplateContext = [
        "start": period.start.description, "end": period.end.description,
        "hasCommits": changes.to != nil,
        "rows": rows, "added": changes.changes.filter { $0.status == .added }.count,
        "changed": changes.changes.filter { $0.status == .changed || $0.status == .renamed }.count,
        "removed": changes.changes.filter { $0.status == .removed }.count,
      ]
      periodContext.put("commit", changes.commit.map { String($0.prefix(7)) })
      periodContext.put("toShort", changes.to.map { String($0.prefix(7)) })
      context["period"] = periodContext
    } else {
      context["period"] = false
    }
    return [
      page(packetPage, context),
      PacketFile(path: "soc2-changes.csv", contents: CSV.file(csv)),
    ]
  }
}
