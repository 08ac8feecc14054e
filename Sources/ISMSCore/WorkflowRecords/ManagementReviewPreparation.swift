/// The 9.3.2 inputs of a new management review that the repository can state: what `isms
/// management-review open` writes into `inputs` as a draft for top management to complete.
///
/// Inputs c) (interested parties' needs) and e) (their feedback) are left empty: only people know
/// them. Everything prepared reads as of the day of the review and names its records by id.
public struct ManagementReviewPreparation: Sendable {
  /// The prepared text of each input it can state, by input.
  public let inputs: [ReviewInput: String]

  /// Prepares the inputs of a review on `date`.
  /// - Parameters:
  ///   - previous: the previous management review, if any; "since" means since its date.
  ///   - changedPaths: the files (relative to the ISMS root) changed since the previous review (from
  ///     git); every file when there was none.
  public init(date: Day, previous: Document?, changedPaths: Set<String>, facts: WorkflowFacts) {
    let isms = facts.isms
    let since = previous?.managementReview?.date
    let sinceText = since.map { "since \(previous?.id ?? "the last review") (\($0))" } ?? "so far"
    var inputs: [ReviewInput: String] = [:]

    if let previous {
      let decisions = ManagementReviewMinutes.actions(of: previous)
      inputs[.previousActions] =
        decisions.isEmpty
        ? "\(previous.id) recorded no decisions."
        : (["Decisions of \(previous.id):"]
          + decisions.map {
            "- \($0.id): \($0.decision) — \($0.status.rawValue), owner \($0.owner ?? "none"), due "
              + ($0.due.map(String.init(describing:)) ?? "none")
          }).joined(separator: "\n")
    } else {
      inputs[.previousActions] = "First management review: there are no actions from earlier reviews."
    }

    let changed = isms.documents.filter { changedPaths.contains($0.path) }
    let changedDocuments = changed.filter { [.policy, .procedure, .plan].contains($0.kind) }
    let changedControls = changed.filter { $0.kind == .control }.map(\.id)
    let documentLines =
      previous == nil
      ? ["First management review: every document and SoA entry is new since the ISMS was created."]
      : ["Policies, procedures and plans changed \(sinceText): \(changedDocuments.count)."]
        + changedDocuments.map { "- \(Self.name($0))" }
        + [
          "SoA entries changed: \(changedControls.count)"
            + (changedControls.isEmpty ? "." : " (\(changedControls.joined(separator: ", "))).")
        ]
    let suppliers = isms.documents(of: .supplier)
    let supplierFindings = isms.documents(of: .finding).filter { $0.finding?.source == "supplier" }
    let overdueSuppliers = ReviewDueReport(isms: isms, today: date, within: 0).rows.filter {
      $0.kind == .supplier && $0.state != "due"
    }
    inputs[.externalInternalIssues] = Self.lines(
      documentLines
        + ["Suppliers: \(suppliers.count); reviews overdue or never held: \(overdueSuppliers.count)."]
        + overdueSuppliers.map { "- \($0.id) \($0.title ?? "")" }
        + supplierFindings.map { "- finding \($0.id) on a supplier: \(facts.findingState($0).rawValue)" })

    let findings = isms.documents(of: .finding)
    let open = findings.filter { !facts.findingState($0).isTerminal }
    let raised = findings.filter { finding in since.map { (finding.finding?.raisedOn ?? date) >= $0 } ?? true
    }
    inputs[.nonconformities] = Self.lines(
      ["Findings raised \(sinceText): \(raised.count); open now: \(open.count)."]
        + open.map { finding in
          "- \(Self.name(finding)): \(facts.findingState(finding).rawValue)"
            + (finding.finding?.due.map { ", due \($0)" } ?? "")
            + (finding.finding?.actions.isEmpty ?? true
              ? "" : ", \(finding.finding?.actions.count ?? 0) corrective action(s)")
        })

    let metrics = isms.documents(of: .metric).filter { metric in
      since.map { (Day(metric.fields.string("period_end") ?? "") ?? date) >= $0 } ?? true
    }
    if !metrics.isEmpty {
      inputs[.monitoringResults] = Self.lines(
        ["Measurements \(sinceText):"]
          + metrics.map { "- \(Self.name($0)): \($0.fields.string("value") ?? "no value recorded")" })
    }

    let audits = isms.documents(of: .audit).filter { audit in
      guard let days = facts.auditDays(audit), facts.auditState(audit).isHeld else { return false }
      return since.map { days.end >= $0 } ?? true
    }
    inputs[.auditResults] = Self.lines(
      ["Audits held \(sinceText): \(audits.count)."]
        + audits.map { audit in
          let raisedHere = findings.filter { $0.finding?.audit == audit.id }.map(\.id)
          return "- \(Self.name(audit)) (\(audit.audit?.type?.rawValue ?? "audit")): "
            + (raisedHere.isEmpty ? "no findings" : "findings \(raisedHere.joined(separator: ", "))")
        })

    let objectives = isms.documents(of: .objective)
    if !objectives.isEmpty {
      inputs[.objectives] = Self.lines(
        objectives.map { objective in
          "- \(Self.name(objective)): "
            + [
              objective.fields.string("target").map { "target \($0)" },
              objective.fields.string("progress").map { "progress \($0)" },
              objective.fields.string("due").map { "due \($0)" },
            ].compactMap { $0 }.joined(separator: ", ")
        })
    }

    let risks = isms.documents(of: .risk).filter { $0.risk?.status != "closed" }
    let bands = RiskBands(method: isms.config?.riskMethod)
    var byBand: [String: Int] = [:]
    for risk in risks {
      byBand[risk.risk?.residualLevel.flatMap { bands.band(of: $0)?.name } ?? "unrated", default: 0] += 1
    }
    let changedRisks = previous == nil ? [] : risks.filter { changedPaths.contains($0.path) }
    inputs[.riskAssessment] = Self.lines(
      [
        "Open risks: \(risks.count); after treatment: "
          + (bands.bands.map(\.name) + ["unrated"]).map { "\($0) \(byBand[$0] ?? 0)" }.joined(separator: ", ")
          + "."
      ]
        + (previous == nil
          ? risks.map { "- \(Self.name($0))" }
          : ["Risks new or changed \(sinceText): \(changedRisks.count)."]
            + changedRisks.map { "- \(Self.name($0))" }))

    let opportunities = open.filter { $0.finding?.grade == .ofi }
    if !opportunities.isEmpty {
      inputs[.improvement] = Self.lines(
        ["Open opportunities for improvement:"] + opportunities.map { "- \(Self.name($0))" })
    }
    self.inputs = inputs
  }

  /// `ID title`.
  private static func name(_ document: Document) -> String {
    [document.id, document.title].compactMap { $0 }.joined(separator: " ")
  }

  private static func lines(_ lines: [String]) -> String { lines.joined(separator: "\n") }
}
