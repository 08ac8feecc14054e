import Foundation

extension PacketAssembly {
  /// The parts of the customer trust page beyond certificates, audits and controls: SOC 2
  /// reports, excluded controls with their public justification, subprocessors and their
  /// history, the contact and the approval. Only fields written for customers are read: never a
  /// control's `justification`, a supplier's owner or anything of a non-public document.
  func trustSections() -> TemplateContext {
    let trust = TrustSettings(config)
    let reports = trust.soc2Reports.map { report -> TemplateContext in
      var row: TemplateContext = ["type": report.type.map { "SOC 2 Type \($0 == 1 ? "1" : "2")" } ?? "SOC 2"]
      if let start = report.periodStart, let end = report.periodEnd {
        row["period"] = "\(start) to \(end)"
      } else {
        row.put("period", (report.asOf ?? report.periodEnd).map { "as of \($0)" })
      }
      row.put("auditor", report.auditor)
      row["availability"] =
        report.availability
        ?? (trust.contact.map { "On request from \($0)" } ?? "On request")
      return row
    }
    let excluded = SoAReport(isms: isms, catalogs: sources.catalogs).rows.filter {
      $0.applicability == "excluded"
    }.map { row -> TemplateContext in
      var control: TemplateContext = ["id": row.id, "title": row.title]
      control.put("justification", isms.document(id: row.id)?.soaEntry?.publicJustification)
      return control
    }
    let (subprocessors, changes) = subprocessorRows()
    var context: TemplateContext = [
      "soc2Reports": reports, "hasSOC2Reports": !reports.isEmpty,
      "excludedControls": excluded, "hasExcludedControls": !excluded.isEmpty,
      "subprocessors": subprocessors, "hasSubprocessors": !subprocessors.isEmpty,
      "subprocessorChanges": changes, "hasSubprocessorChanges": !changes.isEmpty,
    ]
    context.put("contact", trust.contact)
    if let id = trust.approvedBy, let person = config?.person(id) {
      var line = "Approved for publication by \(person.name)"
      if let role = person.roles.first(where: { $0 == .ciso || $0 == .topManagement }) {
        line += " (\(role == .ciso ? "CISO" : "top management"))"
      }
      if let day = trust.approvedOn { line += " on \(day)" }
      context["approvalLine"] = line + "."
      context["approved"] = true
    } else {
      context["approvalLine"] =
        "Not approved for publication: isms.yml names no `trust.approved_by` (docs/trust-pack.md)."
      context["approved"] = false
    }
    return context
  }

  /// The current subprocessors (suppliers processing customer data), by id, and the changes of
  /// the list, newest first.
  private func subprocessorRows() -> ([TemplateContext], [TemplateContext]) {
    var since: [String: Day] = [:]
    for change in sources.subprocessorChanges where change.change == .added {
      since[change.supplierID] = change.day
    }
    let current = isms.documents(of: .supplier).filter(\.isSubprocessor).sorted {
      NaturalOrder.precedes($0.id, $1.id)
    }
    let rows = current.map { document -> TemplateContext in
      let supplier = document.supplier
      var row: TemplateContext = [
        "name": document.displayTitle, "data": supplier?.data.joined(separator: ", ") ?? "",
      ]
      row.put("service", supplier?.service)
      row.put("location", supplier?.location)
      row.put("certifications", certifications(of: document))
      row.put("since", since[document.id]?.description)
      return row
    }
    let changes = sources.subprocessorChanges.reversed().map { change -> TemplateContext in
      [
        "day": change.day.description, "change": change.change.rawValue, "name": change.name,
        "commit": String(change.commit.prefix(7)),
      ]
    }
    return (rows, changes)
  }

  /// `ISO/IEC 27001 (valid until 2027-11-07); SOC 2 Type 2, period ending 2025-09-30`: the current
  /// certificates and the latest report a supplier holds, by name. Its assurance records speak
  /// for it; a supplier without any is described by its legacy `certifications:` map.
  private func certifications(of document: Document) -> String? {
    let assurance = SupplierAssurance(document, in: isms)
    guard !assurance.records.isEmpty else { return legacyCertifications(of: document) }
    var names: [String] = []
    if let expires = assurance.latestCertificate?.assurance?.expires, expires >= request.today {
      names.append("ISO/IEC 27001 (valid until \(expires))")
    }
    if let report = assurance.latestReport?.assurance {
      let type = report.reportType.map { " Type \($0)" } ?? ""
      let period = report.coverageEnd.map { ", period ending \($0)" } ?? ""
      names.append("SOC 2\(type)\(period)")
    }
    return names.isEmpty ? nil : names.joined(separator: "; ")
  }

  private func legacyCertifications(of document: Document) -> String? {
    let entries = document.fields.object("certifications")?.entries ?? []
    let names = entries.sorted { $0.key < $1.key }.compactMap { entry -> String? in
      let fields = entry.value.entries.map(FieldReader.init)
      if let expires = fields?.day("expires") {
        return expires < request.today ? nil : "\(Self.certificationName(entry.key)) (valid until \(expires))"
      }
      if let type = fields?.int("type", in: NumberLimits.soc2Type) {
        let period = fields?.day("period_end").map { ", period ending \($0)" } ?? ""
        return "SOC 2 Type \(type)\(period)"
      }
      return Self.certificationName(entry.key)
    }
    return names.isEmpty ? nil : names.joined(separator: "; ")
  }

  private static func certificationName(_ key: String) -> String {
    switch key.lowercased() {
    case "iso27001": "ISO/IEC 27001"
    case "iso27017": "ISO/IEC 27017"
    case "iso27018": "ISO/IEC 27018"
    case "iso27701": "ISO/IEC 27701"
    case "soc2": "SOC 2"
    default: key
    }
  }
}
