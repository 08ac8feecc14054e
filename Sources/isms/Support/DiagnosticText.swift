import ISMSCore

/// Renders validation findings for people (text) and for GitHub Actions (workflow commands).
enum DiagnosticText {
  /// `path:line: error: message (field) [rule]` and an indented fix, then a summary line.
  static func text(_ report: ValidationReport) -> String {
    var lines: [String] = []
    for diagnostic in report.diagnostics {
      let location = diagnostic.line.map { "\(diagnostic.path):\($0)" } ?? diagnostic.path
      let field = diagnostic.field.map { " (\($0))" } ?? ""
      lines.append("\(location): \(diagnostic.severity.rawValue): \(diagnostic.message)\(field) [\(diagnostic.rule)]")
      if !diagnostic.fix.isEmpty { lines.append("    fix: \(diagnostic.fix)") }
    }
    lines.append(
      "\(report.origin): \(report.documentCount) documents, \(report.errorCount) \(plural(report.errorCount, "error")), "
        + "\(report.warningCount) \(plural(report.warningCount, "warning"))")
    return lines.joined(separator: "\n")
  }

  /// GitHub workflow commands: `::error file=…,line=…,title=…::message`. Paths are made relative
  /// to the repository top, as GitHub expects, and property and message values are escaped.
  static func github(_ report: ValidationReport, rootPrefix: String) -> String {
    var lines: [String] = []
    for diagnostic in report.diagnostics {
      let file = rootPrefix.isEmpty ? diagnostic.path : "\(rootPrefix)/\(diagnostic.path)"
      var properties = ["file=\(escapeProperty(file))"]
      if let line = diagnostic.line { properties.append("line=\(line)") }
      properties.append("title=\(escapeProperty("isms \(diagnostic.rule)"))")
      let field = diagnostic.field.map { "\($0): " } ?? ""
      let message = "\(field)\(diagnostic.message) — \(diagnostic.fix)"
      let command = diagnostic.severity == .error ? "error" : "warning"
      lines.append("::\(command) \(properties.joined(separator: ","))::\(escapeData(message))")
    }
    lines.append("isms validate: \(report.errorCount) errors, \(report.warningCount) warnings")
    return lines.joined(separator: "\n")
  }

  private static func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }

  private static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  private static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
