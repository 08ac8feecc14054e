import ISMSCore

/// Renders validation findings for people (text) and for GitHub Actions (workflow commands).
enum DiagnosticText {
  /// How many findings of one rule ``text(_:verbose:)`` shows before summing up the rest.
  static let shownPerRule = 3

  /// `path:line: error: message (field) [rule]` and an indented fix, then a summary line. Findings
  /// are grouped by rule (and severity), each group where its first finding sorts; a group of more
  /// than ``shownPerRule`` + 1 shows its first ``shownPerRule`` and a count of the rest, unless
  /// `verbose` (a fresh ISMS has 93 controls whose applicability is undecided).
  static func text(_ report: ValidationReport, verbose: Bool = false) -> String {
    var lines: [String] = []
    for group in groupedByRule(report.diagnostics) {
      let shown = verbose || group.count <= shownPerRule + 1 ? group[...] : group.prefix(shownPerRule)
      for diagnostic in shown {
        let location = printable(diagnostic.line.map { "\(diagnostic.path):\($0)" } ?? diagnostic.path)
        let field = diagnostic.field.map { " (\(printable($0)))" } ?? ""
        let message = printable(diagnostic.message)
        lines.append("\(location): \(diagnostic.severity.rawValue): \(message)\(field) [\(diagnostic.rule)]")
        if !diagnostic.fix.isEmpty { lines.append("    fix: \(printable(diagnostic.fix))") }
      }
      if shown.count < group.count, let first = group.first {
        let severity = first.severity == .error ? "error" : "warning"
        lines.append(
          "    … and \(group.count - shown.count) more \(severity)s of [\(first.rule)], \(group.count) in all "
            + "(isms validate --verbose lists every one)")
      }
    }
    lines.append(
      "\(report.origin): \(StatusText.count(report.documentCount, "document")), "
        + "\(StatusText.count(report.errorCount, "error")), \(StatusText.count(report.warningCount, "warning"))"
    )
    return lines.joined(separator: "\n")
  }

  /// `diagnostics` grouped by rule and severity, each group in the order of its first diagnostic.
  private static func groupedByRule(_ diagnostics: [Diagnostic]) -> [[Diagnostic]] {
    var groups: [[Diagnostic]] = []
    var index: [String: Int] = [:]
    for diagnostic in diagnostics {
      let key = "\(diagnostic.severity.rawValue) \(diagnostic.rule)"
      if let position = index[key] {
        groups[position].append(diagnostic)
      } else {
        index[key] = groups.count
        groups.append([diagnostic])
      }
    }
    return groups
  }

  /// GitHub workflow commands: `::error file=…,line=…,title=…::message`. Paths are made relative
  /// to the repository top, as GitHub expects, and property and message values are escaped.
  static func github(_ report: ValidationReport, rootPrefix: String) -> String {
    var lines: [String] = []
    for diagnostic in report.diagnostics {
      let file = printable(rootPrefix.isEmpty ? diagnostic.path : "\(rootPrefix)/\(diagnostic.path)")
      var properties = ["file=\(workflowProperty(file))"]
      if let line = diagnostic.line { properties.append("line=\(line)") }
      properties.append("title=\(workflowProperty("isms \(diagnostic.rule)"))")
      let field = diagnostic.field.map { "\($0): " } ?? ""
      let message = "\(field)\(diagnostic.message) — \(diagnostic.fix)"
      let command = diagnostic.severity == .error ? "error" : "warning"
      lines.append("::\(command) \(properties.joined(separator: ","))::\(workflowData(printable(message)))")
    }
    lines.append("isms validate: \(report.errorCount) errors, \(report.warningCount) warnings")
    return lines.joined(separator: "\n")
  }

  /// `lines` joined by line breaks, each shown with ``printable(_:)``: for reports that put
  /// values (titles, paths, field values) into lines, so that a line break inside a value is shown
  /// rather than starting a line of its own, which ``Console/report(_:)`` cannot tell apart.
  static func printableLines(_ lines: [String]) -> String {
    lines.map(printable).joined(separator: "\n")
  }

  /// Shows control characters as `\u{…}`: a line break or terminal escape in a file name or value
  /// must not forge report lines, CI workflow commands (`::error …`) or terminal sequences.
  static func printable(_ text: String) -> String {
    // The control characters (general category Cc, fixed by Unicode's stability policy) are
    // U+0000–U+001F and U+007F–U+009F: in UTF-8 a byte below 0x20, 0x7F, or 0xC2 followed by
    // 0x80–0x9F. Most text holds none, and is returned after one pass over its bytes.
    let isControl: (Unicode.Scalar) -> Bool = { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
      text.unicodeScalars.contains(where: isControl)
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `text` as the data of a GitHub workflow command: `%`, CR and LF percent-encoded, so that it
  /// cannot end the command or start another.
  static func workflowData(_ text: String) -> String {
    percentEncoded(text, property: false)
  }

  /// `text` as a property value of a GitHub workflow command: also `:` and `,` encoded.
  static func workflowProperty(_ text: String) -> String {
    percentEncoded(text, property: true)
  }

  // One pass over the scalars (CR and LF separately, though "\r\n" is one Character), without
  // Foundation's replacingOccurrences, which bridges to NSString on Linux.
  private static func percentEncoded(_ text: String, property: Bool) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "%": result.append(contentsOf: "%25".unicodeScalars)
      case "\r": result.append(contentsOf: "%0D".unicodeScalars)
      case "\n": result.append(contentsOf: "%0A".unicodeScalars)
      case ":" where property: result.append(contentsOf: "%3A".unicodeScalars)
      case "," where property: result.append(contentsOf: "%2C".unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
