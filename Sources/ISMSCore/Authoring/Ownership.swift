/// What a person owns in the ISMS, and handing it over to another person: what `isms people leave`
/// lists and reassigns.
///
/// Owned are the `owner` of every document that is still in force (not a retired policy,
/// procedure or plan, not a closed risk, not a final record, not a closed or void finding) and of
/// every open corrective action (`actions`) and open management-review decision (`decisions`) in
/// them. Records of what was done (approvals, history entries, attendees, audits) keep the person.
public enum Ownership {
  /// One thing a person owns.
  public struct Item: Sendable, Hashable, Codable {
    /// The document kind (`policy`, `control`, `risk`, …).
    public let kind: String
    /// The document id.
    public let id: String
    /// Its file.
    public let path: String
    /// The field: `owner`, `actions[1].owner`, `decisions[0].owner`.
    public let field: String
    /// The file line of the value.
    public let line: Int

    /// `POL-004 (policy, policies/access.md:6 owner)`.
    public var summary: String { "\(id) (\(kind), \(path):\(line) \(field))" }
  }

  /// Everything `person` (an id, exactly as written) owns, by path and line.
  public static func items(of person: String, in isms: ISMS) -> [Item] {
    var items: [Item] = []
    for document in isms.documents where inForce(document) {
      func add(_ field: String, _ node: YAMLNode?) {
        guard let node, node.text == person else { return }
        items.append(
          Item(
            kind: document.kind.rawValue, id: document.id, path: document.path, field: field, line: node.line)
        )
      }
      add("owner", document.fields.entries.first { $0.key == "owner" }?.value)
      for key in ["actions", "decisions"] {
        let elements = document.fields.entries.first { $0.key == key }?.value.elements ?? []
        for (index, element) in elements.enumerated() where (element["status"]?.text ?? "open") == "open" {
          add("\(key)[\(index)].owner", element["owner"])
        }
      }
    }
    return items.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
  }

  /// `text` (the file of `items`) with the owner value on each item's line replaced by `successor`.
  /// - Throws: ``ConfigEditError/readBackMismatch`` when a line does not hold the value where expected.
  public static func reassign(_ items: [Item], in text: String, from person: String, to successor: String)
    throws
    -> String
  {
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
    for item in items {
      let index = item.line - 1
      guard lines.indices.contains(index),
        let replaced = replacingOwner(in: lines[index], person, with: successor)
      else { throw ConfigEditError.readBackMismatch }
      lines[index] = replaced
    }
    return lines.joined(separator: "\n")
  }

  private static func inForce(_ document: Document) -> Bool {
    if document.recordStatus == .final { return false }
    switch document.kind {
    case .policy, .procedure, .plan: return document.controlled?.status != .retired
    case .risk: return document.fields.string("status") != "closed"
    case .finding: return !["closed", "void"].contains(document.fields.string("status") ?? "")
    default: return true
    }
  }

  /// The line with the value of its `owner:` key changed from `person` to `successor`, or `nil`
  /// when the line has no `owner: person` (plain or quoted).
  private static func replacingOwner(in line: String, _ person: String, with successor: String) -> String? {
    var searchStart = line.startIndex
    while let key = line.range(of: "owner:", range: searchStart..<line.endIndex) {
      var valueStart = key.upperBound
      while valueStart < line.endIndex, line[valueStart] == " " { valueStart = line.index(after: valueStart) }
      for quote in ["", "\"", "'"] {
        let written = quote + person + quote
        guard line[valueStart...].hasPrefix(written) else { continue }
        let valueEnd = line.index(valueStart, offsetBy: written.count)
        let next = valueEnd < line.endIndex ? line[valueEnd] : " "
        guard [" ", ",", "}", "\r", "#"].contains(next) else { continue }
        return line.replacingCharacters(
          in: valueStart..<valueEnd, with: YAMLQuoting.scalar(successor, flow: true))
      }
      searchStart = key.upperBound
    }
    return nil
  }
}
