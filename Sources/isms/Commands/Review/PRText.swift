import ISMSCore

/// Renders `isms review pr` for people (Markdown), machines (JSON) and GitHub (annotations).
enum PRText {
  /// What was compared.
  struct Range: Encodable {
    /// `--base` as given.
    let base: String
    /// `--head` as given.
    let head: String
    /// The merge base compared against.
    let mergeBase: String
    /// The head commit.
    let headID: String
    /// The commits of the change.
    let commits: Int
    /// Who made them: `id (Name)` of a person in isms.yml, else the git name and e-mail address,
    /// and the number of commits each, most first.
    var committers: [(who: String, count: Int)] = []
    /// Why another base was compared than `--base` names, when it did (a stale local branch).
    var baseNote: String? = nil

    private enum CodingKeys: String, CodingKey {
      case base, head, commits
      case mergeBase = "merge_base"
      case headID = "head_commit"
    }

    /// The committers as `2 by ada (Ada Lovelace), 1 by mweber (Marta Weber)`.
    var byWhom: String {
      committers.map { "\($0.count) by \($0.who)" }.joined(separator: ", ")
    }
  }

  /// The JSON document: the range and the review side by side.
  struct JSON: Encodable {
    /// What was compared.
    let range: Range
    /// The review.
    let review: PullRequestReview

    /// Range keys and review keys side by side in one object.
    func encode(to encoder: Encoder) throws {
      try range.encode(to: encoder)
      try review.encode(to: encoder)
    }
  }

  /// The review as a Markdown comment: result, documents, SoA, risks, broken rules, approvals.
  static func markdown(_ review: PullRequestReview, range: Range) -> String {
    let errors = review.findings.filter { $0.severity == .error }
    let warnings = review.findings.filter { $0.severity == .warning }
    var lines = ["## ISMS review", ""]
    lines.append(
      errors.isEmpty
        ? "**✅ No ISMS rule broken.**"
        : "**❌ \(errors.count) ISMS \(errors.count == 1 ? "rule" : "rules") broken.**")
    lines.append("")
    lines.append(
      "Compared \(ForgeMarkdown.code(range.head)) (\(range.headID.prefix(7))) with its merge base with "
        + "\(ForgeMarkdown.code(range.base)) (\(range.mergeBase.prefix(7))): \(range.commits) "
        + (range.commits == 1 ? "commit" : "commits")
        + (range.committers.isEmpty ? "." : ": \(ForgeMarkdown.text(range.byWhom)).")
    )
    if let note = range.baseNote { lines += ["", "⚠️ \(ForgeMarkdown.text(note))"] }
    if review.documents.isEmpty { lines += ["", "No ISMS document changed."] }
    if !review.documents.isEmpty { lines += ["", "### Documents", ""] }
    for change in review.documents {
      let name = ForgeMarkdown.text([change.id, change.title].compactMap { $0 }.joined(separator: " "))
      let moved = change.oldPath.map { " (from \(ForgeMarkdown.code($0)))" } ?? ""
      lines.append("- **\(name)** \(ForgeMarkdown.code(change.path))\(moved): \(change.status.rawValue)")
      for field in change.fields {
        lines.append("  - \(ForgeMarkdown.code(field.field)): \(code(field.old)) → \(code(field.new))")
      }
      if change.bodyChanged { lines.append("  - body changed") }
      if change.approval == "needed" { lines.append("  - needs approval (below)") }
      if change.approval == "approved_in_change" { lines.append("  - approved in this change") }
    }
    if !review.applicability.isEmpty {
      lines += ["", "### Statement of Applicability", ""]
      lines += review.applicability.map {
        "- \(ForgeMarkdown.text($0.control)): \(ForgeMarkdown.text($0.old ?? "(none)")) → "
          + ForgeMarkdown.text($0.new ?? "(removed)")
      }
    }
    if !review.risks.isEmpty {
      lines += ["", "### Risk levels", ""]
      lines += review.risks.map {
        "- \(ForgeMarkdown.text($0.id)): level \(number($0.oldLevel)) → \(number($0.newLevel)), residual \(number($0.oldResidual)) → \(number($0.newResidual))"
      }
    }
    if !errors.isEmpty { lines += ["", "### Rules broken", ""] + errors.map(findingLine) }
    if !warnings.isEmpty { lines += ["", "### Warnings", ""] + warnings.map(findingLine) }
    if !review.approvals.isEmpty {
      lines += ["", "### Approvals needed", ""]
      for approval in review.approvals {
        let people =
          approval.people.isEmpty
          ? "nobody eligible" : ForgeMarkdown.text(approval.people.joined(separator: ", "))
        // Handles are meant to notify the approvers; validation keeps them to forge handle syntax.
        let handles = approval.handles.isEmpty ? "" : " (\(approval.handles.joined(separator: " ")))"
        lines.append(
          "- \(ForgeMarkdown.text(approval.document)) \(ForgeMarkdown.code(approval.path)): "
            + "\(approval.role.rawValue) — \(people)\(handles)")
      }
    }
    return DiagnosticText.printableLines(lines)
  }

  /// GitHub workflow commands: one annotation per finding, a notice per approval needed; content
  /// cannot end a command or start another.
  static func github(_ review: PullRequestReview, rootPrefix: String) -> String {
    var lines: [String] = []
    for finding in review.findings {
      let file = DiagnosticText.printable(rootPrefix.isEmpty ? finding.path : "\(rootPrefix)/\(finding.path)")
      var properties = ["file=\(DiagnosticText.workflowProperty(file))"]
      if let line = finding.line { properties.append("line=\(line)") }
      properties.append("title=\(DiagnosticText.workflowProperty("isms \(finding.rule)"))")
      let command = finding.severity == .error ? "error" : "warning"
      let message = DiagnosticText.printable(finding.message)
      lines.append(
        "::\(command) \(properties.joined(separator: ","))::\(DiagnosticText.workflowData(message))")
    }
    for approval in review.approvals {
      lines.append(
        "::notice title=isms approval::\(DiagnosticText.workflowData(DiagnosticText.printable("\(approval.document) needs approval by \(approval.role.rawValue): \(approval.people.joined(separator: ", "))")))"
      )
    }
    let errors = review.findings.filter { $0.severity == .error }.count
    lines.append("isms review pr: \(review.documents.count) documents changed, \(errors) rules broken")
    return lines.joined(separator: "\n")
  }

  private static func findingLine(_ finding: PullRequestReview.Finding) -> String {
    let location = finding.line.map { "\(finding.path):\($0)" } ?? finding.path
    return "- **\(finding.rule)** \(ForgeMarkdown.code(location)): \(ForgeMarkdown.text(finding.message))"
  }

  private static func code(_ value: String?) -> String {
    guard let value else { return "(absent)" }
    return ForgeMarkdown.code(value.count > 80 ? String(value.prefix(77)) + "…" : value)
  }

  private static func number(_ value: Int?) -> String { value.map(String.init) ?? "—" }

}
