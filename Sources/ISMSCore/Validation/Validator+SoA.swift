extension Validator {
  /// The Statement of Applicability: one file per control of the catalog (R42), justifications,
  /// implementation status and owner of applicable controls, undecided controls.
  mutating func checkStatementOfApplicability() {
    let catalog = catalogs.controlIDs(for: framework)
    let known = Set(catalog)
    let present = Set(isms.documents(of: .control).map(\.id))
    // A file named after the control that could not be read is not missing: its own error says why.
    let unreadable = Set(
      (diagnostics.filter { $0.severity == .error }.map(\.path) + unreadablePaths).map {
        $0.split(separator: "/").last ?? ""
      })
    for id in catalog where !present.contains(id) && !unreadable.contains("\(id).md") {
      reportISMS(
        .error, "Annex A control \(id) has no SoA entry",
        fix: "create controls/\(id).md with `kind: control` and an `applicability`", rule: "R42")
    }
    for document in isms.documents(of: .control) {
      guard let entry = document.soaEntry else { continue }
      if !known.contains(document.id) {
        report(
          .error, document, field: "id",
          "`\(document.id)` is not an Annex A control of \(framework.rawValue)",
          fix: "use the Annex A id (`A.5.1` … `A.8.34`) as the id", rule: "R42")
      }
      switch entry.applicability {
      case .undecided?:
        report(
          .warning, document, field: "applicability", "applicability of \(document.id) is undecided",
          fix: "decide `applicable` or `excluded` and give a justification", rule: "R42")
      case .applicable?:
        if entry.justification == nil {
          report(
            .error, document, field: "applicability",
            "applicable control lacks a `justification` for inclusion",
            fix: "add `justification`: why the control is needed", rule: "R42")
        }
        if entry.implementation == nil {
          report(
            .error, document, field: "applicability", "applicable control lacks `implementation`",
            fix: "add `implementation`: implemented, partial, planned or not-implemented", rule: "R42")
        }
        if entry.owner == nil {
          report(
            .error, document, field: "applicability", "applicable control lacks an `owner`",
            fix: "add `owner`: the person responsible", rule: "R42")
        }
      case .excluded?:
        if entry.justification == nil {
          report(
            .error, document, field: "applicability",
            "excluded control lacks a `justification` for exclusion",
            fix: "add `justification`: why the control is not needed", rule: "R42")
        }
      case nil:
        break
      }
    }
  }
}
