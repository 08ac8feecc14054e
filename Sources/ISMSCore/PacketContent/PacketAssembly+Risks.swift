import Foundation

extension PacketAssembly {
  /// `risks.html`, the two heat maps and the register and treatment plan as CSV.
  func riskFiles() -> [PacketFile] {
    let path = "risks.html"
    let method = config?.riskMethod
    let threshold = method?.acceptanceThreshold ?? 0
    let risks = selection.risks
    let open = risks.filter { $0.risk?.status != "closed" }
    let before = heatMap(
      "Before treatment",
      open.compactMap { document in
        document.risk.flatMap { risk in
          risk.likelihood.flatMap { l in
            risk.impact.map { RiskHeatMap.Point(id: document.id, likelihood: l, impact: $0) }
          }
        }
      })
    let after = heatMap(
      "After treatment",
      open.compactMap { document in
        guard let risk = document.risk else { return nil }
        let likelihood = risk.residualLikelihood ?? (risk.treatment == .retain ? risk.likelihood : nil)
        let impact = risk.residualImpact ?? (risk.treatment == .retain ? risk.impact : nil)
        guard let likelihood, let impact else { return nil }
        return RiskHeatMap.Point(id: document.id, likelihood: likelihood, impact: impact)
      })
    var context: TemplateContext = [
      "count": risks.count, "closed": risks.count - open.count == 0 ? false : risks.count - open.count,
      "scale": "\(method?.likelihood.count ?? 0) × \(method?.impact.count ?? 0)", "threshold": threshold,
      "lowMax": threshold / 2, "before": before, "after": after,
      "risks": risks.map { riskRow($0, threshold: threshold, page: path) },
      "treatments": treatmentRows(page: path),
    ]
    if let plan = mandatoryDocument(.riskTreatmentPlan) {
      var planContext = link(plan.id, from: path)
      planContext["title"] = plan.displayTitle
      planContext.put("version", plan.packetVersion)
      context["plan"] = planContext
    } else {
      context["plan"] = false
    }
    return [
      page(path, title: "Risk register and treatment plan", body: templates.render("risks", context)),
      PacketFile(path: "risk-heatmap-before.svg", contents: Data(before.utf8)),
      PacketFile(path: "risk-heatmap-after.svg", contents: Data(after.utf8)),
      PacketFile(path: "risks.csv", contents: CSV.file(registerCSV())),
      PacketFile(path: "risk-treatment-plan.csv", contents: CSV.file(treatmentCSV())),
    ]
  }

  private func heatMap(_ title: String, _ points: [RiskHeatMap.Point]) -> String {
    let method = config?.riskMethod
    let likelihood = method?.likelihood ?? []
    let impact = method?.impact ?? []
    return RiskHeatMap(
      title: title, likelihoodLabels: likelihood.isEmpty ? ["1", "2", "3", "4", "5"] : likelihood,
      impactLabels: impact.isEmpty ? ["1", "2", "3", "4", "5"] : impact,
      threshold: method?.acceptanceThreshold ?? 0, points: points
    ).svg
  }

  private func riskRow(_ document: Document, threshold: Int, page path: String) -> TemplateContext {
    let risk = document.risk
    var row: TemplateContext = ["id": document.id, "title": document.displayTitle]
    row.put("href", href(toID: document.id, from: path))
    row.put("asset", risk?.asset)
    row.put("owner", person(risk?.owner))
    row.put("likelihood", risk?.likelihood.map(String.init) ?? "?")
    row.put("impact", risk?.impact.map(String.init) ?? "?")
    row.put("level", risk?.inherentLevel.map(String.init) ?? "?")
    row.put("levelClass", bandClass(risk?.inherentLevel, threshold: threshold))
    row.put("treatment", risk?.treatment?.rawValue)
    row.put("residual", risk?.residualLevel.map(String.init))
    row.put("residualClass", bandClass(risk?.residualLevel, threshold: threshold))
    row.put("acceptedBy", person(risk?.acceptedBy))
    row.put("acceptedOn", risk?.acceptedOn?.description)
    row.put("assessed", risk?.assessedOn?.description)
    row.put("status", risk?.status ?? "open")
    return row
  }

  private func bandClass(_ level: Int?, threshold: Int) -> String {
    guard let level, threshold > 0 else { return "" }
    switch RiskBand(level: level, threshold: threshold) {
    case .low: return "good"
    case .medium: return "warn"
    case .high: return "bad"
    }
  }

  private func treatmentRows(page path: String) -> [TemplateContext] {
    selection.risks.flatMap { document -> [TemplateContext] in
      guard let risk = document.risk else { return [] }
      return risk.controls.map { control in
        let entry = isms.document(id: control)?.soaEntry
        var row: TemplateContext = ["risk": document.id, "control": control]
        row.put("riskHref", href(toID: document.id, from: path))
        row.put("href", href(toID: control, from: path))
        row.put("treatment", risk.treatment?.rawValue)
        row.put("title", entry?.title ?? sources.catalogs.control(control)?.title)
        row.put("applicability", entry?.applicability?.rawValue ?? "missing")
        row.put("implementation", entry?.implementation?.rawValue)
        row.put("owner", person(entry?.owner))
        return row
      }
    }
  }

  private func registerCSV() -> String {
    var csv = CSV.row([
      "risk", "title", "asset", "threat", "vulnerability", "owner", "likelihood", "impact", "level",
      "treatment",
      "controls", "residual_likelihood", "residual_impact", "residual_level", "accepted_by", "accepted_on",
      "assessed_on", "next_review", "status",
    ])
    for document in selection.risks {
      guard let risk = document.risk else { continue }
      func text(_ value: Int?) -> String { value.map(String.init) ?? "" }
      csv += CSV.row([
        document.id, document.title ?? "", risk.asset ?? "", risk.threat ?? "", risk.vulnerability ?? "",
        risk.owner ?? "", text(risk.likelihood), text(risk.impact), text(risk.inherentLevel),
        risk.treatment?.rawValue ?? "", risk.controls.joined(separator: " "), text(risk.residualLikelihood),
        text(risk.residualImpact), text(risk.residualLevel), risk.acceptedBy ?? "",
        risk.acceptedOn?.description ?? "", risk.assessedOn?.description ?? "",
        risk.nextReview?.description ?? "", risk.status ?? "open",
      ])
    }
    return csv
  }

  private func treatmentCSV() -> String {
    var csv = CSV.row([
      "risk", "risk_title", "treatment", "control", "control_title", "applicability", "implementation",
      "owner",
    ])
    for document in selection.risks {
      guard let risk = document.risk else { continue }
      for control in risk.controls {
        let entry = isms.document(id: control)?.soaEntry
        csv += CSV.row([
          document.id, document.title ?? "", risk.treatment?.rawValue ?? "", control,
          entry?.title ?? sources.catalogs.control(control)?.title ?? "",
          entry?.applicability?.rawValue ?? "missing", entry?.implementation?.rawValue ?? "",
          entry?.owner ?? "",
        ])
      }
    }
    return csv
  }
}
