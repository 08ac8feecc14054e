import Foundation

extension PacketAssembly {
  /// The pages only a SOC 2 packet has: (file, label, what the index says of it).
  static let soc2Pages: [(href: String, label: String, description: String)] = [
    (
      "soc2-description.html", "System description",
      "The system described under the headings of the description criteria, from the repository; the parts only management can write are marked to be completed."
    ),
    (
      "soc2-assertion.html", "Management's assertion",
      "A template of management's assertion for the report type and period, to complete and sign."
    ),
    (
      "soc2-matrix.html", "SOC 2 control matrix",
      "Every criterion in scope with the controls and clauses mapped to it, their description and design status."
    ),
    (
      "soc2-evidence.html", "Evidence index",
      "Every evidence record of the control activities: what it covers, its attachments with SHA-256, its exceptions."
    ),
    (
      "soc2-changes.html", "Changes in the period",
      "Documents added, removed and changed during the report period, from git."
    ),
  ]

  /// The navigation entries of the SOC 2 pages.
  static var soc2Navigation: [(href: String, label: String)] { soc2Pages.map { ($0.href, $0.label) } }

  /// The SOC 2 pages and their CSV files; none unless the packet is of kind `soc2`.
  func soc2Files() -> [PacketFile] {
    guard request.kind == .soc2 else { return [] }
    let coverage = SOC2Coverage(isms: isms, catalogs: sources.catalogs)
    return [soc2DescriptionFile(coverage), soc2AssertionFile(coverage)] + soc2MatrixFiles(coverage)
      + soc2EvidenceFiles() + soc2ChangeFiles()
  }

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

  private func soc2DescriptionFile(_ coverage: SOC2Coverage) -> PacketFile {
    let path = "soc2-description.html"
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
    return page(path, title: "System description", body: templates.render("soc2-description", context))
  }

  private func soc2AssertionFile(_ coverage: SOC2Coverage) -> PacketFile {
    let path = "soc2-assertion.html"
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
    return page(path, title: "Management's assertion", body: templates.render("soc2-assertion", context))
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

  private func soc2MatrixFiles(_ coverage: SOC2Coverage) -> [PacketFile] {
    let path = "soc2-matrix.html"
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
      page(path, title: "SOC 2 control matrix", body: templates.render("soc2-matrix", context)),
      PacketFile(path: "soc2-matrix.csv", contents: CSV.file(csv)),
    ]
  }

  private func soc2ChangeFiles() -> [PacketFile] {
    let path = "soc2-changes.html"
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
      page(path, title: "Changes in the period", body: templates.render("soc2-changes", context)),
      PacketFile(path: "soc2-changes.csv", contents: CSV.file(csv)),
    ]
  }
}
