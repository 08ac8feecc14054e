import Foundation

/// The rulebook as text: one rule in detail (`isms rules ID`) and the whole table
/// (`docs/rules.md`, which a test keeps equal to ``markdown``).
extension RuleRegistry {
  /// `docs/rules.md`: the table of every rule, then each rule with its examples.
  public static var markdown: String {
    var lines = [
      "# The rules `isms` checks",
      "",
      "Generated from the rule registry (`Sources/ISMSCore/Rules`) by the test `RuleDocumentTests`;",
      "run it with `RECORD_RULES_DOC=1` to rewrite this file. `isms rules` prints the same, and",
      "`isms rules ID` one rule. Diagnostics, refusals and `review pr` findings cite these ids.",
      "",
      "| Id | Rule | Class | Checked by | Source |",
      "|---|---|---|---|---|",
    ]
    for rule in all {
      lines.append(
        "| \(rule.id) | \(rule.title) | \(rule.ruleClass.label) | \(rule.enforcementLabel) | \(rule.source) |"
      )
    }
    for rule in all {
      lines += ["", "## \(rule.id): \(rule.title)", ""] + rule.detailLines(heading: false)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension RuleDescription {
  /// `validate, review pr`, or `not implemented yet`.
  public var enforcementLabel: String { enforcement.map(\.label).joined(separator: ", ") }

  /// The rule in detail, one line each: summary, source, class, reads, where checked, examples.
  public func detailLines(heading: Bool = true) -> [String] {
    var lines = heading ? ["\(id): \(title)", ""] : []
    lines += [
      summary, "",
      "- Source: \(source)",
      "- Class: \(ruleClass.label)",
      "- Reads: \(reads.joined(separator: ", "))",
      "- Checked by: \(enforcementLabel)",
    ]
    for (label, examples) in [("Breaks it", failing), ("Keeps it", passing)] where !examples.isEmpty {
      lines.append("- \(label) (a change to the example ISMS):")
      for example in examples {
        lines.append("  - \(example.description): \(example.change)")
      }
    }
    return lines
  }
}

extension RuleClass {
  /// The class in words.
  public var label: String {
    switch self {
    case .requirement: return "requirement"
    case .certificationBody: return "certification body"
    case .derived: return "derived"
    case .convention: return "convention"
    case .record: return "record integrity"
    }
  }
}

extension RuleEnforcement {
  /// Where the rule is checked, in words.
  public var label: String {
    switch self {
    case .command: return "command refusal"
    case .validate: return "validate"
    case .reviewPR: return "review pr"
    case .shown: return "cycle status"
    case .notImplemented: return "not implemented yet"
    }
  }
}

extension RuleExample {
  /// The change in words, newlines shown as `\n`: ``in `path`, `find` → `replace` ``.
  public var change: String {
    let shown = { (text: String) in text.replacingOccurrences(of: "\n", with: "\\n") }
    return find.isEmpty
      ? "new file `\(path)` holding `\(shown(replace))`"
      : "in `\(path)`, `\(shown(find))` → `\(shown(replace))`"
  }
}
