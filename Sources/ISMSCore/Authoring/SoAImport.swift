/// The Statement of Applicability read back from the CSV that `isms soa --format csv` writes,
/// compared with the controls as they are.
///
/// The columns `id`, `applicability`, `justification`, `implementation` and `owner` are read
/// (case does not matter); the others of the export (`title`, `theme`, `policies`, `risks`) are
/// ignored, since they are read from elsewhere. An empty cell leaves its field as it is. A cell a
/// spreadsheet export protected with a leading `'` (`'=…`, `'+…`, `'-…`, `'@…`) is read without it.
public struct SoAImport: Sendable {
  /// The columns read.
  public static let columns = ["id", "applicability", "justification", "implementation", "owner"]

  /// One control whose file changes.
  public struct Change: Sendable, Hashable, Codable {
    /// The control id.
    public let id: String
    /// Its file.
    public let path: String
    /// The fields that change.
    public let changes: [SoAFieldChange]
  }

  /// The controls that change, in the file's order.
  public let changes: [Change]
  /// Every problem, `FILE row N, column 'x': …`; when any, nothing may be written.
  public let errors: [String]
  /// The header columns that were not read.
  public let ignoredColumns: [String]
  /// The decisions of ``changes``, to apply.
  public let decisions: [SoADecision]

  /// Reads `table` (from the file named `source`) against `isms`.
  public init(table: CSVTable, source: String, isms: ISMS) {
    var errors: [String] = []
    let header = table.header.map { $0.lowercased() }
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    ignoredColumns = table.header.enumerated().filter { !Self.columns.contains(header[$0.offset]) }.map(
      \.element)
    guard let idColumn = column("id") else {
      changes = []
      decisions = []
      self.errors = [
        "\(source) row 1: the header has no `id` column (write the columns of 'isms soa --format csv')"
      ]
      return
    }
    var changes: [Change] = []
    var decisions: [SoADecision] = []
    var seen: [String: Int] = [:]
    for record in table.records {
      func cell(_ name: String) -> String? {
        guard let index = column(name) else { return nil }
        let value = Self.unescaped(record.cells[index]).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
      }
      func problem(_ name: String, _ message: String) {
        errors.append("\(source) row \(record.row), column '\(name)': \(message)")
      }
      let id = Self.unescaped(record.cells[idColumn]).trimmingCharacters(in: .whitespaces)
      if let first = seen[id] {
        problem("id", "\(id) is already on row \(first)")
        continue
      }
      seen[id] = record.row
      var decision = SoADecision(id: id)
      if let text = cell("applicability") {
        if text.lowercased() == "missing" {
          // The export's word for a control without a file: nothing to decide from this row.
          decision.applicability = nil
        } else if let value = Applicability(rawValue: text.lowercased()) {
          decision.applicability = value
        } else {
          problem("applicability", "'\(text)' is not applicable, excluded or undecided")
        }
      }
      decision.justification = cell("justification")
      if let text = cell("implementation") {
        if let value = Implementation(rawValue: text.lowercased()) {
          decision.implementation = value
        } else {
          problem(
            "implementation",
            "'\(text)' is not \(Implementation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
      }
      if let text = cell("owner") {
        if let person = isms.config?.person(named: text) {
          decision.owner = person.id
        } else {
          problem("owner", "'\(text)' is not a person id or e-mail of isms.yml")
        }
      }
      let documents = isms.documents(of: .control).filter { $0.id == id }
      guard let document = documents.first else {
        if decision.changes(from: nil).contains(where: { $0.field != "applicability" || $0.to != "undecided" }
        ) {
          problem("id", "\(id) has no control file in the ISMS (controls/\(id).md)")
        }
        continue
      }
      let fieldChanges = decision.changes(from: document.soaEntry)
      if fieldChanges.isEmpty { continue }
      decisions.append(decision)
      changes.append(
        Change(id: id, path: document.path, changes: fieldChanges))
    }
    self.changes = errors.isEmpty ? changes : []
    self.decisions = errors.isEmpty ? decisions : []
    self.errors = errors
  }

  /// A cell without the `'` that ``CSV/field(_:)`` (or a spreadsheet) put before a formula character.
  public static func unescaped(_ cell: String) -> String {
    let scalars = cell.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first,
      ["=", "+", "-", "@", "\t", "\r"].contains(second)
    else { return cell }
    return String(String.UnicodeScalarView(scalars.dropFirst()))
  }
}
