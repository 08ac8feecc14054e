import Foundation
import ISMSCore

/// Text and Markdown renderings of the coverage reports.
enum CoverageText {
  static func text(_ report: SOC2Coverage) -> String {
    var lines = [
      "SOC 2 coverage (2017 trust services criteria → ISO/IEC 27001:2022), design", scopeLine(report), "",
    ]
    for criterion in report.criteria {
      lines.append("\(criterion.id)  \(criterion.status.rawValue)  \(criterion.title)")
      for control in criterion.controls {
        lines.append(
          "    \(control.decision.id)  \(decision(control.decision))  \(control.decision.title)"
            + (control.documents.isEmpty ? "" : " (\(control.documents.joined(separator: ", ")))"))
      }
      for clause in criterion.clauses {
        lines.append("    clause \(clause.id)  \(shown(clause))")
      }
      if criterion.status == .soc2Only { lines.append("    SOC 2-only evidence needed (no mapping)") }
    }
    lines += ["", summaryLine(report.summary)]
    return lines.joined(separator: "\n")
  }

  static func markdown(_ report: SOC2Coverage) -> String {
    var lines = [
      "# SOC 2 coverage", "", scopeLine(report), "", "| Criterion | Design | Controls | Clauses |",
      "|---|---|---|---|",
    ]
    for criterion in report.criteria {
      let controls = criterion.controls.map { "\($0.decision.id) (\(decision($0.decision)))" }
        .joined(separator: ", ")
      let clauses = criterion.clauses.map { "\($0.id) (\(shown($0)))" }.joined(separator: ", ")
      let status = criterion.status == .soc2Only ? "SOC 2-only evidence needed" : criterion.status.rawValue
      lines.append(
        "| \(cell(criterion.id + " " + criterion.title)) | \(status) | \(cell(controls)) | \(cell(clauses)) |"
      )
    }
    lines += ["", summaryLine(report.summary)]
    return lines.joined(separator: "\n")
  }

  /// `Scope: SOC 2 Type II, … (security, availability)`, or a note that no scope is set.
  private static func scopeLine(_ report: SOC2Coverage) -> String {
    guard let scope = report.scope else {
      return "Scope: none in isms.yml (every category listed; set one with `isms soc2 scope`)"
    }
    return "Scope: \(scope.summary); categories: \(report.categories.joined(separator: ", "))"
  }

  private static func shown(_ clause: SOC2Coverage.Clause) -> String {
    guard clause.isShown else { return "no approved document or record" }
    return (clause.documents + clause.records).joined(separator: ", ")
  }

  private static func summaryLine(_ summary: SOC2Coverage.Summary) -> String {
    "\(summary.criteria) criteria in scope: \(summary.covered) covered, \(summary.partial) partial, "
      + "\(summary.uncovered) uncovered, \(summary.soc2Only) SOC 2-only."
  }

  static func text(_ report: ISOCoverage) -> String {
    var lines = ["ISO/IEC 27001:2022 coverage", "", "Clauses 4–10"]
    for clause in report.clauses {
      let documents = clause.addressed ? clause.documents.joined(separator: ", ") : "not addressed"
      lines.append("  \(clause.id)  \(clause.title): \(documents)")
    }
    for theme in report.themes {
      lines += [
        "",
        "Annex A, \(theme.theme): \(theme.implemented) implemented, \(theme.applicable) applicable, "
          + "\(theme.excluded) excluded, \(theme.undecided) undecided",
      ]
      for control in theme.controls {
        lines.append("  \(control.decision.id)  \(decision(control.decision))  \(control.decision.title)")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func markdown(_ report: ISOCoverage) -> String {
    var lines = [
      "# ISO/IEC 27001:2022 coverage", "", "## Clauses 4–10", "", "| Clause | Documents |", "|---|---|",
    ]
    for clause in report.clauses {
      let documents = clause.addressed ? clause.documents.joined(separator: ", ") : "**not addressed**"
      lines.append("| \(cell(clause.id + " " + clause.title)) | \(cell(documents)) |")
    }
    for theme in report.themes {
      lines += [
        "", "## Annex A: \(theme.theme)", "",
        "\(theme.implemented) implemented, \(theme.applicable) applicable, \(theme.excluded) excluded, "
          + "\(theme.undecided) undecided.", "", "| Control | Applicability | Implementation |",
        "|---|---|---|",
      ]
      for control in theme.controls {
        let status = control.decision
        lines.append(
          "| \(cell(status.id + " " + status.title)) | \(status.applicability) | \(status.implementation ?? "—") |"
        )
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func decision(_ control: CoverageControl) -> String {
    control.implementation.map { "\(control.applicability)/\($0)" } ?? control.applicability
  }

  static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
