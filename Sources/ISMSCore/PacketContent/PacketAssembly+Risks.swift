import Foundation

extension PacketAssembly {
  /// `risks.html`, the two heat maps and the register and treatment plan as CSV.
  func riskFiles(_ packetPage: PacketPage) -> [PacketFile] {
    let path = packetPage.path
    let method = config?.riskMethod
    let threshold = method?.acceptanceThreshold ?? 0
    let bands = RiskBands(method: method)
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
      "before": before, "after": after,
      "bands": bands.bands.indices.map { position -> TemplateContext in
        [
          "name": bands.bands[position].name, "levels": bands.range(at: position),
          "fill": RiskHeatMap.fill(position: position, count: bands.bands.count),
        ]
      },
    ]
    if let plan = mandatoryDocument(.riskTreatmentPlan) {
      var planContext = link(plan.id, from: path)
      planContext["title"] = plan.displayTitle
      planContext.put("version", plan.packetVersion)
      context["plan"] = planContext
    } else {
      context["plan"] = false
    }
    // Rows are made as the page reaches them: thousands of risks make tens of megabytes of contexts.
    let lists = [
      (
        name: "risks", template: packetPage.part("risks-row"),
        rows: TemplateList(count: risks.count) { riskRow(risks[$0], bands: bands, page: path) }
      ),
      (name: "treatments", template: packetPage.part("risks-treatment"), rows: treatmentRows(page: path)),
    ]
    return [
      page(packetPage, context, lists: lists),
      PacketFile(path: "risk-heatmap-before.svg", contents: Data(before.utf8)),
      PacketFile(path: "risk-heatmap-after.svg", contents: Data(after.utf8)),
      // Deflated a row at a time: a register of thousands of risks is never held as text.
      PacketFile(path: "risks.csv") { CSV.write(header: Self.registerHeader, rows: registerRows(), to: $0) },
      PacketFile(path: "risk-treatment-plan.csv") {
        CSV.write(header: Self.treatmentHeader, rows: treatmentCSVRows(), to: $0)
      },
    ]
  }

  private func heatMap(_ title: String, _ points: [RiskHeatMap.Point]) -> String {
    let method = config?.riskMethod
    let likelihood = method?.likelihood ?? []
    let impact = method?.impact ?? []
    return RiskHeatMap(
      title: title, likelihoodLabels: likelihood.isEmpty ? ["1", "2", "3", "4", "5"] : likelihood,
      impactLabels: impact.isEmpty ? ["1", "2", "3", "4", "5"] : impact,
      bands: RiskBands(method: method), points: points
    ).svg
  }

  private func riskRow(_ document: Document, bands: RiskBands, page path: String) -> TemplateContext {
    let risk = document.risk
    var row: TemplateContext = ["id": document.id, "title": document.displayTitle]
    row.put("href", href(toID: document.id, from: path))
    row.put("asset", risk?.asset)
    row.put("owner", person(risk?.owner))
    row.put("likelihood", risk?.likelihood.map(String.init) ?? "?")
    row.put("impact", risk?.impact.map(String.init) ?? "?")
    row.put("level", risk?.inherentLevel.map(String.init) ?? "?")
    row.put("band", risk?.inherentLevel.flatMap { bands.band(of: $0)?.name })
    row.put("levelClass", bandClass(risk?.inherentLevel, bands: bands))
    row.put("treatment", risk?.treatment?.rawValue)
    row.put("residual", risk?.residualLevel.map(String.init))
    row.put("residualBand", risk?.residualLevel.flatMap { bands.band(of: $0)?.name })
    row.put("residualClass", bandClass(risk?.residualLevel, bands: bands))
    row.put("acceptedBy", person(risk?.acceptedBy))
    row.put("acceptedOn", risk?.acceptedOn?.description)
    row.put("assessed", risk?.assessedOn?.description)
    row.put("status", risk?.status ?? "open")
    return row
  }

  /// The badge class of a level: `good` in the lowest band, `bad` in the highest, else `warn`.
  private func bandClass(_ level: Int?, bands: RiskBands) -> String {
    guard let level, let position = bands.position(of: level), bands.bands.count > 1 else { return "" }
    return position == 0 ? "good" : position == bands.bands.count - 1 ? "bad" : "warn"
  }

  private func treatmentRows(page path: String) -> TemplateList {
    let pairs = selection.risks.flatMap { document in
      (document.risk?.controls ?? []).map { (document: document, control: $0) }
    }
    return TemplateList(count: pairs.count) { index in
      let (document, control) = pairs[index]
      let risk = document.risk
      let entry = isms.document(id: control)?.soaEntry
      var row: TemplateContext = ["risk": document.id, "control": control]
      row.put("riskHref", href(toID: document.id, from: path))
      row.put("href", href(toID: control, from: path))
      row.put("treatment", risk?.treatment?.rawValue)
      row.put("title", entry?.title ?? sources.catalogs.control(control)?.title)
      row.put("applicability", entry?.applicability?.rawValue ?? "missing")
      row.put("implementation", entry?.implementation?.rawValue)
      row.put("owner", person(entry?.owner))
      return row
    }
  }

  private static var registerHeader: [String] { ["risk"] + RiskField.allCases.flatMap(Self.registerColumns) }

  /// The rows of `risks.csv`, made as they are read.
  private func registerRows() -> some Sequence<[String]> {
    let bands = RiskBands(method: config?.riskMethod)
    func band(_ level: Int?) -> String { level.flatMap { bands.band(of: $0)?.name } ?? "" }
    return selection.risks.lazy.compactMap { document in
      document.risk.map { risk in
        [document.id] + RiskField.allCases.flatMap { Self.registerCells($0, document, risk, band: band) }
      }
    }
  }

  /// The columns of `risks.csv` that `field` gives: the level and band before and after treatment
  /// are computed from likelihood and impact; the review interval is left out.
  private static func registerColumns(_ field: RiskField) -> [String] {
    switch field {
    case .level: ["level", "band"]
    case .residualImpact: ["residual_impact", "residual_level", "residual_band"]
    case .reviewInterval: []
    default: [field.rawValue]
    }
  }

  /// The cells of the ``registerColumns(_:)`` of `field` for `risk`.
  private static func registerCells(
    _ field: RiskField, _ document: Document, _ risk: RiskEntry, band: (Int?) -> String
  ) -> [String] {
    func text(_ value: Int?) -> String { value.map(String.init) ?? "" }
    return switch field {
    case .title: [document.title ?? ""]
    case .asset: [risk.asset ?? ""]
    case .threat: [risk.threat ?? ""]
    case .vulnerability: [risk.vulnerability ?? ""]
    case .owner: [risk.owner ?? ""]
    case .likelihood: [text(risk.likelihood)]
    case .impact: [text(risk.impact)]
    case .level: [text(risk.inherentLevel), band(risk.inherentLevel)]
    case .treatment: [risk.treatment?.rawValue ?? ""]
    case .controls: [risk.controls.joined(separator: " ")]
    case .residualLikelihood: [text(risk.residualLikelihood)]
    case .residualImpact: [text(risk.residualImpact), text(risk.residualLevel), band(risk.residualLevel)]
    case .acceptedBy: [risk.acceptedBy ?? ""]
    case .acceptedOn: [risk.acceptedOn?.description ?? ""]
    case .assessedOn: [risk.assessedOn?.description ?? ""]
    case .reviewInterval: []
    case .nextReview: [risk.nextReview?.description ?? ""]
    case .status: [risk.status ?? "open"]
    }
  }

  private static let treatmentHeader = [
    "risk", "risk_title", "treatment", "control", "control_title", "applicability", "implementation",
    "owner",
  ]

  /// The rows of `risk-treatment-plan.csv`, one per control of each risk, made as they are read.
  private func treatmentCSVRows() -> some Sequence<[String]> {
    selection.risks.lazy.flatMap { document in
      let risk = document.risk
      return (risk?.controls ?? []).lazy.map { control in
        let entry = isms.document(id: control)?.soaEntry
        return [
          document.id, document.title ?? "", risk?.treatment?.rawValue ?? "", control,
          entry?.title ?? sources.catalogs.control(control)?.title ?? "",
          entry?.applicability?.rawValue ?? "missing", entry?.implementation?.rawValue ?? "",
          entry?.owner ?? "",
        ]
      }
    }
  }
}
