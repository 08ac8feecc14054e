extension Validator {
  /// The SOC 2 scope of `isms.yml` (S1–S4), when there is one.
  mutating func checkSOC2Scope() {
    guard let config = isms.config, let scope = config.soc2,
      let node = config.fields.first(where: { $0.key == "soc2" })?.value, let entries = node.entries
    else { return }
    let reader = FieldReader(entries)
    for (index, element) in (reader.node("categories")?.elements ?? []).enumerated() {
      guard let name = element.text, SOC2Scope.Category(rawValue: name) == nil else { continue }
      soc2Diagnostic(
        .error, line: element.line, field: "soc2.categories[\(index)]",
        "`\(name)` is not a SOC 2 trust services category",
        fix: "use security, availability, confidentiality, processing-integrity or privacy "
          + "(or run `isms soc2 scope --categories …`)", rule: "S1")
    }
    let period = reader.object("period")
    switch scope.type {
    case .type2:
      guard let start = scope.periodStart, let end = scope.periodEnd else {
        soc2Diagnostic(
          .error, line: reader.line(of: "period") ?? node.line, field: "soc2.period",
          "a SOC 2 Type II scope needs a period with a start and an end",
          fix: "set it with `isms soc2 scope --period-start YYYY-MM-DD --period-end YYYY-MM-DD`", rule: "S2")
        return
      }
      let endLine = period?.line(of: "end") ?? node.line
      guard start < end else {
        soc2Diagnostic(
          .error, line: endLine, field: "soc2.period.end",
          "the SOC 2 period ends on \(end), not after its start \(start)",
          fix: "give an end after the start (a Type II period usually runs 3 to 12 months)", rule: "S2")
        return
      }
      let afterEnd = end.adding(days: 1)
      if afterEnd < start.adding(months: 3) || afterEnd > start.adding(months: 12) {
        soc2Diagnostic(
          .warning, line: endLine, field: "soc2.period",
          "the SOC 2 Type II period \(start) to \(end) is \(start.days(until: afterEnd)) days, "
            + "outside the usual 3 to 12 months",
          fix: "choose a period of 3 to 12 months, contiguous with the previous report's", rule: "S3")
      }
    case .type1:
      if scope.asOf == nil {
        soc2Diagnostic(
          .error, line: node.line, field: "soc2.as_of",
          "a SOC 2 Type I scope needs the date the design is reported on (`as_of`)",
          fix: "set it with `isms soc2 scope --as-of YYYY-MM-DD`", rule: "S2")
      }
    case nil:
      break
    }
    if scope.type != nil, scope.serviceAuditor == nil {
      soc2Diagnostic(
        .warning, line: node.line, field: "soc2.service_auditor",
        "the SOC 2 scope names no service auditor",
        fix: "name the CPA firm with `isms soc2 scope --service-auditor \"…\"`", rule: "S4")
    }
  }

  private mutating func soc2Diagnostic(
    _ severity: Severity, line: Int, field: String, _ message: String, fix: String, rule: String
  ) {
    diagnostics.append(
      Diagnostic(
        severity, path: ISMS.configPath, line: line, field: field, message: message, fix: fix, rule: rule))
  }
}
