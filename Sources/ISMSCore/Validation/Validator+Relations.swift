extension Validator {
  /// L1, L2: a control file that still holds `policies:` or `risks:` (written before relations were
  /// entered once) and disagrees with the documents' or risks' `controls:`. Agreeing fields are
  /// harmless and not reported; `isms migrate relations` removes both kinds.
  mutating func checkRelations() {
    for link in relations.disagreements {
      let other = link.field == .policies ? "document" : "risk"
      let message =
        link.onControlSideOnly
        ? "`\(link.field.rawValue)` names \(link.target), but \(link.targetPath) does not list \(link.control) "
          + "in `controls` (the source of this link)"
        : "`\(link.field.rawValue)` lacks \(link.target), whose `controls` in \(link.targetPath) names "
          + "\(link.control)"
      let fix =
        link.onControlSideOnly
        ? "run `isms migrate relations` (adds \(link.control) to `controls` of \(link.targetPath) and removes "
          + "`\(link.field.rawValue)` here), or add it there by hand"
        : "run `isms migrate relations` (removes `\(link.field.rawValue)`: each \(other)'s `controls` is the "
          + "source), or delete `\(link.field.rawValue)` here"
      diagnostics.append(
        Diagnostic(
          .warning, path: link.path, line: link.line, field: link.field.rawValue, message: message, fix: fix,
          rule: link.field == .policies ? "L1" : "L2"))
    }
  }
}
