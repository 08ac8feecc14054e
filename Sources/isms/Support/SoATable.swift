import ISMSCore

/// Renders the Statement of Applicability as Markdown or CSV.
enum SoATable {
  static let header = [
    "id", "title", "theme", "applicability", "justification", "implementation", "owner", "policies", "risks",
  ]

  static func markdown(_ report: SoAReport, organization: String?) -> String {
    var lines = ["# Statement of Applicability — \(MarkdownCell.escape(organization ?? "ISMS"))", ""]
    lines.append("| " + header.joined(separator: " | ") + " |")
    lines.append("|" + String(repeating: "---|", count: header.count))
    for row in report.rows {
      lines.append("| " + cells(row).map(MarkdownCell.escape).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }

  /// The table as CSV, with the byte-order mark that makes spreadsheets read it as UTF-8.
  static func csv(_ report: SoAReport) -> String {
    CSV.byteOrderMark + ([header] + report.rows.map(cells)).map { CSV.row($0) }.joined()
  }

  private static func cells(_ row: SoAReport.Row) -> [String] {
    [
      row.id, row.title, row.theme, row.applicability, row.justification ?? "", row.implementation ?? "",
      row.owner ?? "", row.policies.joined(separator: ", "), row.risks.joined(separator: ", "),
    ]
  }
}

/// Escapes text for a cell of a Markdown table: pipes, line breaks and HTML-significant characters.
enum MarkdownCell {
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "|": result += "\\|"
      case "\n", "\r", "\r\n": result += " "
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      default: result.append(character)
      }
    }
    return result
  }
}
