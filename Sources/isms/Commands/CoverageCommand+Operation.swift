import Foundation
import ISMSCore

/// The operation view of `isms coverage --framework soc2 --period …`: for each control activity,
/// every occurrence expected in the period with its evidence, state and exceptions (the design
/// view, documented and approved, is ``SOC2Coverage``).
struct OperationCoverage: Encodable {
  struct Exception: Encodable {
    let evidence: String
    let description: String
    let remediation: String?
  }

  struct Row: Encodable {
    let occurrence: String
    let start: Day
    let end: Day
    let dueBy: Day
    let state: String
    let evidence: [String]
    let exceptions: [Exception]

    private enum CodingKeys: String, CodingKey {
      case occurrence, start, end, state, evidence, exceptions
      case dueBy = "due_by"
    }
  }

  struct Activity: Encodable {
    let id: String
    let title: String
    let cadence: String
    let controls: [String]
    let criteria: [String]
    let occurrences: [Row]
    let fullyEvidenced: Bool

    private enum CodingKeys: String, CodingKey {
      case id, title, cadence, controls, criteria, occurrences
      case fullyEvidenced = "fully_evidenced"
    }
  }

  let periodStart: Day
  let periodEnd: Day
  let today: Day
  let activities: [Activity]

  private enum CodingKeys: String, CodingKey {
    case today, activities
    case periodStart = "period_start"
    case periodEnd = "period_end"
  }

  init(_ statuses: [ActivityStatus], period: DayRange, today: Day) {
    periodStart = period.start
    periodEnd = period.end
    self.today = today
    activities = statuses.map { status in
      Activity(
        id: status.document.id, title: status.document.title ?? "",
        cadence: status.activity.cadence?.rawValue ?? "",
        controls: status.activity.controls, criteria: status.activity.criteria,
        occurrences: status.occurrences.map { item in
          Row(
            occurrence: item.occurrence.label, start: item.occurrence.range.start,
            end: item.occurrence.range.end,
            dueBy: item.dueBy, state: item.state.rawValue, evidence: item.evidence,
            exceptions: item.exceptions.map {
              Exception(
                evidence: $0.evidence, description: $0.exception.description,
                remediation: $0.exception.remediation)
            })
        }, fullyEvidenced: status.isFullyEvidenced)
    }
  }

  /// Both views in one JSON object.
  struct Combined: Encodable {
    let design: SOC2Coverage
    let operation: OperationCoverage
  }

  /// The text rendering; per-change activities list only changes without an independent approver.
  var text: String {
    var lines = ["", "Operation over \(periodStart)..\(periodEnd) (as of \(today))"]
    for activity in activities {
      let exceptions = activity.occurrences.flatMap(\.exceptions)
      lines.append("")
      lines.append(
        "\(activity.id)  \(activity.cadence)  \(activity.title)  [\(activity.controls.joined(separator: ", "))"
          + (activity.criteria.isEmpty ? "" : "; \(activity.criteria.joined(separator: ", "))") + "]")
      if activity.cadence == Cadence.perChange.rawValue {
        let missing = activity.occurrences.filter { $0.state != OccurrenceState.operated.rawValue }
        lines.append(
          "    \(activity.occurrences.count) changes, \(missing.count) without an independent approver or evidence"
        )
        lines += missing.map { "    ! \($0.start)  \($0.occurrence)" }
      } else {
        for row in activity.occurrences {
          let evidence =
            row.evidence.isEmpty ? "no evidence (due by \(row.dueBy))" : row.evidence.joined(separator: ", ")
          lines.append("    \(row.occurrence)  \(row.state)  \(evidence)")
        }
      }
      for exception in exceptions {
        lines.append("    exception (\(exception.evidence)): \(exception.description)")
        if let remediation = exception.remediation { lines.append("      remediation: \(remediation)") }
      }
      lines.append(
        "    "
          + (activity.fullyEvidenced
            ? "every occurrence so far has evidence" : "occurrences without evidence")
          + "; \(exceptions.count) exception(s)")
    }
    if activities.isEmpty {
      lines.append("No control activity (activities/ACT-NNN.md; 'isms activity add').")
    }
    return lines.joined(separator: "\n")
  }

  /// The Markdown rendering.
  var markdown: String {
    var lines = ["", "## Operation over \(periodStart)..\(periodEnd) (as of \(today))"]
    for activity in activities {
      lines += [
        "", "### \(activity.id) \(CoverageText.cell(activity.title)) (\(activity.cadence))", "",
        "| Occurrence | State | Evidence | Exceptions |", "|---|---|---|---|",
      ]
      for row in activity.occurrences {
        let exceptions = row.exceptions.map { "\($0.evidence): \($0.description)" }.joined(separator: "; ")
        lines.append(
          "| \(row.occurrence) | \(row.state) | \(row.evidence.joined(separator: ", ")) | "
            + "\(CoverageText.cell(exceptions)) |")
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension ISMSCommand.Coverage {
  /// Prints the design view `design` followed by the operation view over `period`.
  func printOperation(design: SOC2Coverage, isms: ISMS, period: DayRange, context: ISMSContext) throws {
    let perChange = isms.documents(of: .activity).contains { $0.activity?.cadence == .perChange }
    let changes =
      perChange ? try ChangePopulationReader.changes(context: context, sources: [], period: period) : nil
    let operation = OperationCoverage(
      OperationEvaluation.evaluate(isms: isms, period: period, today: context.today, changes: changes),
      period: period, today: context.today)
    switch format {
    case .json:
      Console.out(try JSONOutput.render(OperationCoverage.Combined(design: design, operation: operation)))
    case .markdown: Console.report(CoverageText.markdown(design) + "\n" + operation.markdown)
    case .text: Console.report(CoverageText.text(design) + "\n" + operation.text)
    }
  }
}
