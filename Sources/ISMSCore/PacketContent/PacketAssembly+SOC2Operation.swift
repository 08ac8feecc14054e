import Foundation

extension PacketAssembly {
  /// Every control activity's status over the SOC 2 Type II period, as seen on the packet's
  /// `today`; `nil` for a Type I report (no period).
  func soc2OperationStatuses() -> [ActivityStatus]? {
    guard let period = config?.soc2?.period else { return nil }
    return OperationEvaluation.evaluate(
      isms: isms, period: period, today: request.today, changes: sources.soc2ChangePopulation)
  }

  /// The activities that operate `criterion`: those naming it in `criteria` or naming one of its
  /// mapped controls, in path order.
  func soc2Activities(for criterion: SOC2Coverage.Criterion) -> [Document] {
    let controls = Set(criterion.controls.map(\.decision.id))
    return isms.documents(of: .activity).filter { document in
      guard let activity = document.activity else { return false }
      return activity.criteria.contains(criterion.id) || !controls.isDisjoint(with: activity.controls)
    }
  }

  /// One row of the control matrix's activity table: cadence, evidence in the period, exceptions
  /// and how the occurrences stand (Type II), or the cadence alone (Type I).
  func soc2ActivityRow(_ document: Document, status: ActivityStatus?, page path: String) -> (
    context: TemplateContext, csv: String
  ) {
    let evidence = status.map { Array(Set($0.occurrences.flatMap(\.evidence))).sorted() } ?? []
    let exceptions = status?.exceptions.map { "\($0.evidence): \($0.exception.description)" } ?? []
    var states: [String] = []
    if let status {
      for state in [OccurrenceState.operated, .missed, .due, .open, .upcoming] {
        let count = status.occurrences(state).count
        if count > 0 { states.append("\(count) \(state.rawValue)") }
      }
    }
    let cadence = document.activity?.cadence?.rawValue ?? ""
    var context: TemplateContext = [
      "id": document.id, "title": document.title ?? "", "cadence": cadence,
      "evidence": evidence.map { link($0, from: path) }, "exceptions": exceptions,
      "hasExceptions": !exceptions.isEmpty,
    ]
    context.put("href", href(toID: document.id, from: path))
    context.put(
      "operation", status == nil ? nil : (states.isEmpty ? "no occurrence" : states.joined(separator: ", ")))
    context.put(
      "operationClass",
      status.map { PacketLabels.badgeClass($0.isFullyEvidenced ? "done" : "missed") })
    return (context, "\(document.id) (\(cadence))")
  }

  /// `soc2-evidence.html` and `soc2-evidence.csv`: every evidence record, with what it covers, its
  /// attachments (path and SHA-256) and its exceptions; records covering no occurrence of the
  /// Type II period are marked.
  func soc2EvidenceFiles(_ packetPage: PacketPage) -> [PacketFile] {
    let path = packetPage.path
    let period = config?.soc2?.period
    // Evidence counts for the period when it covers one of the period's occurrences (a review of
    // the last quarter may be dated after the period ends, within its grace days).
    let used = soc2OperationStatuses().map { Set($0.flatMap { $0.occurrences.flatMap(\.evidence) }) }
    var csv = CSV.row([
      "evidence", "activity", "date", "for_period", "performed_by", "covers", "attachments", "exceptions",
    ])
    let rows = isms.documents(of: .evidence).compactMap { document -> TemplateContext? in
      guard let record = document.evidence else { return nil }
      let inPeriod = used.map { $0.contains(document.id) }
      let attachments = record.attachments.map { "\($0.path) sha256:\($0.sha256)" }
      let exceptions = record.exceptions.map {
        $0.description + ($0.remediation.map { " (remediation: \($0))" } ?? "")
      }
      csv += CSV.row([
        document.id, record.activity ?? "", record.date?.description ?? "",
        inPeriod.map { $0 ? "yes" : "no" } ?? "", record.performedBy ?? "",
        record.covers.joined(separator: " "),
        attachments.joined(separator: " "), exceptions.joined(separator: "; "),
      ])
      var context: TemplateContext = [
        "id": document.id, "covers": record.covers.joined(separator: ", "), "attachments": attachments,
        "exceptions": exceptions, "outside": inPeriod == false,
      ]
      context.put("href", href(toID: document.id, from: path))
      context["activity"] = record.activity.map { link($0, from: path) } ?? Absent()
      context.put("date", record.date?.description)
      context.put("by", person(record.performedBy))
      return context
    }
    var context: TemplateContext = ["rows": rows, "hasRows": !rows.isEmpty]
    context.put("start", period?.start.description)
    context.put("end", period?.end.description)
    return [
      page(packetPage, context),
      PacketFile(path: "soc2-evidence.csv", contents: CSV.file(csv)),
    ]
  }
}
