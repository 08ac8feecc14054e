import Foundation

extension PacketAssembly {
  /// `records.html` and `nonconformities.csv`.
  func recordFiles(_ packetPage: PacketPage) -> [PacketFile] {
    let path = packetPage.path
    let note =
      request.kind.limitsRecordsToBaseline && sources.baseline != nil
      ? "Records since the previous external audit (\(sources.baseline?.auditID ?? ""), ended \(sources.baseline?.day.description ?? "")), open findings, and every objective and certification cycle."
      : "Every record of the ISMS at this commit."
    let groups: [TemplateContext] = [
      group(
        "cycles", "Certification cycles", [.cycle],
        ["Cycle", "Title", "Standard", "Certificate", "Decision", "Expiry", "Status"], path
      ) {
        let cycle = $0.cycleRecord
        return [
          Self.cell($0.displayTitle, wide: true), Self.cell(cycle?.standard?.rawValue),
          Self.cell(cycle?.certificate),
          Self.dateCell(cycle?.decisionDate?.description), Self.dateCell(cycle?.expiry?.description),
          Self.badge(cycle?.status),
        ]
      },
      group(
        "audits", "Audits", [.audit], ["Audit", "Title", "Type", "Dates", "Auditors", "Report", "Status"],
        path
      ) {
        let audit = $0.audit
        let auditors = ([audit?.leadAuditor] + (audit?.auditors ?? []).map { Optional($0) }).compactMap {
          person($0)
        }
        var names: [String] = []
        for name in auditors where !names.contains(name) { names.append(name) }
        if let external = audit?.auditorName { names.append(external) }
        return [
          Self.cell($0.displayTitle, wide: true), Self.cell(audit?.type?.rawValue),
          Self.dateCell(Self.dates(audit?.start, audit?.end)),
          Self.cell(names.joined(separator: "; ")), Self.dateCell(audit?.reportDate?.description),
          Self.badge(audit?.status),
        ]
      },
      group(
        "findings", "Nonconformities and corrective actions", [.finding],
        ["Finding", "Title", "Grade", "Requirement", "Raised", "Due", "Verified", "Status"], path
      ) {
        let finding = $0.findingRecord
        return [
          Self.cell($0.displayTitle, wide: true), Self.badge(finding?.grade?.rawValue),
          Self.cell(finding?.requirement),
          Self.dateCell(finding?.raisedOn?.description),
          Self.dueCell(
            finding?.due, open: !["closed", "void", "verified"].contains(finding?.status ?? ""),
            today: request.today),
          Self.dateCell(finding?.verifiedOn?.description), Self.badge(finding?.status),
        ]
      },
      group(
        "management-reviews", "Management reviews", [.managementReview],
        ["Review", "Title", "Date", "Attendees", "Decisions", "Status"], path
      ) {
        let review = $0.managementReviewRecord
        let decisions = review?.decisions ?? []
        let open = decisions.filter { ($0.status ?? "open") == "open" }.count
        return [
          Self.cell($0.displayTitle, wide: true), Self.dateCell(review?.date?.description),
          Self.cell((review?.attendees ?? []).compactMap { person($0) }.joined(separator: ", ")),
          Self.cell(decisions.isEmpty ? "—" : "\(decisions.count) (\(open) open)"),
          Self.badge($0.fields.string("status")),
        ]
      },
      group(
        "objectives", "Objectives", [.objective],
        ["Objective", "Title", "Target", "Owner", "Due", "Progress"], path
      ) {
        let fields = $0.fields
        return [
          Self.cell($0.displayTitle, wide: true), Self.cell(fields.string("target")),
          Self.cell(person(fields.string("owner"))),
          Self.dateCell(fields.day("due")?.description),
          Self.badge(fields.string("progress") ?? fields.string("status")),
        ]
      },
      group(
        "metrics", "Monitoring and measurement", [.metric],
        ["Measurement", "Title", "Period", "Value", "Measured by", "Status"], path
      ) {
        let fields = $0.fields
        return [
          Self.cell($0.displayTitle, wide: true),
          Self.dateCell(Self.dates(fields.day("period_start"), fields.day("period_end"))),
          Self.cell(fields.string("value")), Self.cell(person(fields.string("measured_by"))),
          Self.badge(fields.string("status")),
        ]
      },
      group(
        "competence", "Competence and awareness", [.competence],
        ["Record", "Title", "Date", "People", "Status"], path
      ) {
        let fields = $0.fields
        return [
          Self.cell($0.displayTitle, wide: true), Self.dateCell(fields.day("date")?.description),
          Self.cell(fields.strings("people").compactMap { person($0) }.joined(separator: ", ")),
          Self.badge(fields.string("status")),
        ]
      },
      group(
        "suppliers", "Suppliers", [.supplier],
        ["Supplier", "Name", "Service", "Criticality", "Owner", "Next review"], path
      ) {
        let fields = $0.fields
        return [
          Self.cell($0.displayTitle, wide: true), Self.cell(fields.string("service")),
          Self.badge(fields.string("criticality")),
          Self.cell(person(fields.string("owner"))), Self.dateCell(fields.day("next_review")?.description),
        ]
      },
    ]
    return [
      page(packetPage, ["scopeNote": note, "groups": groups]),
      PacketFile(path: "nonconformities.csv", contents: CSV.file(findingsCSV())),
    ]
  }

  private func group(
    _ anchor: String, _ title: String, _ kinds: Set<DocumentKind>, _ columns: [String], _ path: String,
    cells: @escaping (Document) -> [TemplateContext]
  ) -> TemplateContext {
    let documents = (selection.records + selection.suppliers).filter { kinds.contains($0.kind) }
    // Each row's context is made as the page reaches it, not every row's beforehand.
    let rows = TemplateList(count: documents.count) { index in
      let document = documents[index]
      var row: TemplateContext = ["id": document.id, "cells": cells(document)]
      row.put("href", href(toID: document.id, from: path))
      return row
    }
    return [
      "anchor": anchor, "title": title, "columns": columns, "rows": rows, "hasRows": !documents.isEmpty,
      "description": false,
    ]
  }

  /// A plain table cell.
  static func cell(_ text: String?, wide: Bool = false) -> TemplateContext {
    ["text": text ?? "", "badge": false, "wide": wide, "nowrap": false]
  }

  /// A cell that does not wrap: dates and date ranges.
  static func dateCell(_ text: String?) -> TemplateContext {
    ["text": text ?? "", "badge": false, "wide": false, "nowrap": true]
  }

  /// A cell holding a status badge.
  static func badge(_ status: String?) -> TemplateContext {
    var cell: TemplateContext = ["text": "", "wide": false, "nowrap": false]
    cell.put("badge", status)
    cell.put("badgeClass", PacketLabels.badgeClass(status))
    return cell
  }

  /// A due date, marked overdue when still open after `today`.
  static func dueCell(_ due: Day?, open: Bool, today: Day) -> TemplateContext {
    guard let due else { return cell(nil) }
    guard open, due < today else { return dateCell(due.description) }
    var cell: TemplateContext = [
      "text": due.description + " ", "wide": false, "nowrap": true, "badge": "overdue",
    ]
    cell["badgeClass"] = "bad"
    return cell
  }

  /// `start – end`, or one day when they are the same.
  static func dates(_ start: Day?, _ end: Day?) -> String? {
    guard let start else { return end?.description }
    guard let end, end != start else { return start.description }
    return "\(start) – \(end)"
  }

  private func findingsCSV() -> String {
    var csv = CSV.row([
      "finding", "title", "audit", "source", "grade", "requirement", "statement", "raised_on", "due",
      "status",
      "correction", "root_cause", "actions", "implemented_on", "verified_by", "verified_on",
    ])
    for document in selection.records(of: .finding) {
      guard let finding = document.findingRecord else { continue }
      let actions = finding.actions.map { action in
        [action.action ?? "", action.owner.map { "owner \($0)" }, action.due.map { "due \($0)" }]
          .compactMap { $0 }.joined(separator: ", ")
      }
      let fields = document.fields
      csv += CSV.row([
        document.id, document.title ?? "", finding.audit ?? "", finding.source ?? "",
        finding.grade?.rawValue ?? "",
        finding.requirement ?? "", finding.statement ?? "", finding.raisedOn?.description ?? "",
        finding.due?.description ?? "", finding.status ?? "", fields.string("correction") ?? "",
        fields.string("root_cause") ?? "", actions.joined(separator: " | "),
        finding.implementedOn?.description ?? "",
        finding.verifiedBy ?? "", finding.verifiedOn?.description ?? "",
      ])
    }
    return csv
  }
}
