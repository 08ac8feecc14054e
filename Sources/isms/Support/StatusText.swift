import ISMSCore

/// The text screen of `isms status`.
enum StatusText {
  static func render(_ report: StatusReport, organization: String?, origin: String) -> String {
    var lines: [String] = []
    lines.append("\(organization ?? "ISMS") — \(origin), \(report.today)")
    lines.append("")
    lines.append("Documents")
    for kind in report.documents.keys.sorted() {
      let statuses = report.documents[kind] ?? [:]
      let total = statuses.values.reduce(0, +)
      let detail = statuses.keys.sorted().map { "\($0) \(statuses[$0] ?? 0)" }.joined(separator: ", ")
      lines.append("  \(pad(kind, 18)) \(pad(String(total), 5, right: true))  \(detail)")
    }
    if !report.awaitingApproval.isEmpty {
      lines.append("")
      lines.append("Awaiting approval")
      for document in report.awaitingApproval {
        lines.append("  \(pad(document.id, 14)) \(document.state)  \(document.path)")
      }
    }
    let soa = report.soa
    lines.append("")
    lines.append("Statement of Applicability (\(soa.total) controls)")
    lines.append(
      "  applicable \(soa.applicable): implemented \(soa.implemented), partial \(soa.partial), "
        + "planned \(soa.planned), not implemented \(soa.notImplemented)")
    lines.append("  excluded \(soa.excluded), undecided \(soa.undecided), missing \(soa.missing)")
    lines.append("")
    let names = report.risksBefore.bands.bands.map(\.name) + ["unrated"]
    lines.append(
      "Risks         " + names.map { pad($0, max($0.count, 5), right: true) }.joined(separator: "  "))
    lines.append("  " + bandRow("before", report.risksBefore, names: names))
    lines.append("  " + bandRow("after", report.risksAfter, names: names))
    lines.append("")
    lines.append("To do")
    lines += ToDoText.lines(report.todo).map { "  " + $0 }
    lines.append("")
    let validation = report.validation
    lines.append(
      "Validation: \(count(validation.errors, "error")), \(count(validation.warnings, "warning"))"
        + (validation.errors + validation.warnings > 0 ? " — run 'isms validate' for details" : ""))
    return DiagnosticText.printableLines(lines)
  }

  /// One row of risk counts under the band `names` (the bands, then `unrated`).
  private static func bandRow(_ label: String, _ counts: RiskBandCounts, names: [String]) -> String {
    let values = counts.counts + [counts.unrated]
    return pad(label, 12)
      + zip(names, values).map { pad(String($1), max($0.count, 5), right: true) }
      .joined(separator: "  ")
  }

  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return right ? padding + text : text + padding
  }
}
